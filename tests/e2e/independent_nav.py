"""A second, deliberately simple implementation of strategy returns, in another language, reading the
raw CSVs with Python's csv module: value each position in currency units (shares bought at a
snapshot's close, splits multiply shares, dividends reinvested in the same security at the close)
and read returns off the portfolio value. Prints JSON: {strategy: {date: value}} for the dates asked.
usage: python3 independent_nav.py <data dir> <date> [<date> ...]"""
import csv, collections, json, sys

data, dates = sys.argv[1], sys.argv[2:]
prices = collections.defaultdict(dict)
for r in csv.DictReader(open(f'{data}/prices.csv', encoding='utf-8-sig')):
    prices[r['ticker'].strip()][r['date'].strip()] = (
        float(r['close']), float(r['dividend'] or 0), float(r['split'] or 1))
calendar = sorted({d for t in prices for d in prices[t]})
snapshots = collections.defaultdict(dict)
for r in csv.DictReader(open(f'{data}/holdings.csv', encoding='utf-8-sig')):
    snapshots[(r['strategy'].strip(), r['date'].strip())][r['ticker'].strip()] = float(r['weight'])

out = {}
for strategy in sorted({s for s, _ in snapshots}):
    snap_dates = sorted(d for s, d in snapshots if s == strategy)
    value, shares, cash, values = 1.0, {}, 0.0, {}
    for d in calendar:
        if d < snap_dates[0]:
            continue
        for t in shares:
            close, dividend, split = prices[t][d]
            shares[t] *= split
            shares[t] += shares[t] * dividend / close
        if shares:
            value = cash + sum(n * prices[t][d][0] for t, n in shares.items())
        values[d] = value
        if d in snap_dates:
            w = snapshots[(strategy, d)]
            total = sum(w.values())
            shares = {t: value * x / total / prices[t][d][0] for t, x in w.items() if t != 'CASH'}
            cash = value * w.get('CASH', 0) / total
    out[strategy] = {d: values[d] for d in dates if d in values}
print(json.dumps(out))
