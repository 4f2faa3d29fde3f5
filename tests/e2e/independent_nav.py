"""A second, deliberately simple implementation of strategy returns, in another language, reading the
raw CSVs with Python's csv module: value each position in currency units (shares bought at a
snapshot's close, splits multiply shares, dividends reinvested in the same security at the close)
and read returns off the portfolio value. Each strategy lives on its own market's calendar: the dates
of prices.csv rows of the securities that securities.csv assigns to that market (empty or absent: the
first market of config.json).

usage: python3 independent_nav.py <data dir> <date> [<date> ...]
  prints {strategy: {date: value}} for the dates asked (those of the strategy's calendar).
usage: python3 independent_nav.py <data dir> --month YYYY-MM
  prints {strategy: {market, base, end, month, benchmark, trailing: {3m, 6m, 1y, sinceLaunch}, sharpe}},
  the windows taken on the strategy's calendar by REPORT.md's rules, read from these CSVs only."""
import csv, collections, json, math, statistics, sys

data, args = sys.argv[1], sys.argv[2:]
config = json.load(open(f'{data}/config.json', encoding='utf-8-sig'))
markets = [m['id'] for m in config.get('markets', [{'id': 'US'}])]
market_of = {}
for r in csv.DictReader(open(f'{data}/securities.csv', encoding='utf-8-sig')):
    market_of[r['ticker'].strip()] = (r.get('market') or '').strip() or markets[0]
prices = collections.defaultdict(dict)
for r in csv.DictReader(open(f'{data}/prices.csv', encoding='utf-8-sig')):
    prices[r['ticker'].strip()][r['date'].strip()] = (
        float(r['close']), float(r['dividend'] or 0), float(r['split'] or 1))
calendars = {m: sorted({d for t in prices if market_of.get(t) == m for d in prices[t]}) for m in markets}
levels = collections.defaultdict(dict)
for r in csv.DictReader(open(f'{data}/indices.csv', encoding='utf-8-sig')):
    levels[r['index'].strip()][r['date'].strip()] = float(r['level'])
snapshots = collections.defaultdict(dict)
for r in csv.DictReader(open(f'{data}/holdings.csv', encoding='utf-8-sig')):
    snapshots[(r['strategy'].strip(), r['date'].strip())][r['ticker'].strip()] = float(r['weight'])
strategy_def = {s['id']: s for s in config['strategies']}

def values_of(strategy):
    calendar = calendars[strategy_def[strategy].get('market', markets[0])]
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
    return values

def level_on(index, date):
    return levels[index][max(d for d in levels[index] if d <= date)]

def month_end(calendar, month, back):
    """The last trading day of the month `back` months before `month` (back 1: the base)."""
    y, m = map(int, month.split('-'))
    m -= back
    while m < 1:
        y, m = y - 1, m + 12
    key = f'{y:04d}-{m:02d}'
    return max(d for d in calendar if d[:7] == key)

if args and args[0] == '--month':
    month = args[1]
    service = config['service']
    launch, ratio_start = service['launchDate'], service['ratioStartDate']
    rf_d = (1 + config.get('riskFreeRate', 0)) ** (1 / 252) - 1
    first = calendars[markets[0]]
    out = {}
    for strategy in sorted({s for s, _ in snapshots}):
        market = strategy_def[strategy].get('market', markets[0])
        calendar, bench = calendars[market], strategy_def[strategy]['benchmark']
        values = values_of(strategy)
        base, end = month_end(calendar, month, 1), max(d for d in calendar if d[:7] == month)
        trailing = {}
        for key, back in (('3m', 3), ('6m', 6), ('1y', 12)):
            start = month_end(calendar, month, back)
            # null when the first market's start of the window is before the launch, for every row
            trailing[key] = None if month_end(first, month, back) < launch or start not in values else values[end] / values[start] - 1
        since = max(d for d in calendar if d <= launch)
        trailing['sinceLaunch'] = values[end] / values[since] - 1 if since in values else None
        days = [d for d in calendar if d > max(ratio_start, min(values)) and d <= end]
        x = [values[d] / values[calendar[calendar.index(d) - 1]] - 1 - rf_d for d in days]
        out[strategy] = {
            'market': market, 'base': base, 'end': end, 'month': values[end] / values[base] - 1,
            'benchmark': level_on(bench, end) / level_on(bench, base) - 1, 'trailing': trailing,
            'benchmarkTrailing': {k: level_on(bench, end) / level_on(bench, month_end(calendar, month, b)) - 1
                                  for k, b in (('3m', 3), ('6m', 6), ('1y', 12))},
            'sharpe': statistics.mean(x) / statistics.stdev(x) * math.sqrt(252),
        }
    print(json.dumps(out))
else:
    out = {}
    for strategy in sorted({s for s, _ in snapshots}):
        values = values_of(strategy)
        out[strategy] = {d: values[d] for d in args if d in values}
    print(json.dumps(out))
