/** DATA.md, config.json: syntax, schema (every problem with its JSON path), references, defaults. */
import { describe, expect, it } from 'vitest';
import { checkJsonSyntax, pointerToPath } from '../../src/load/config.js';
import { configJson, filesWith, load, problems, theProblem } from './fixture.js';

const withConfig = (edit: (c: Record<string, any>) => void) => filesWith({ 'config.json': configJson(edit) });

describe('JSON syntax errors name the line and column', () => {
  it('a trailing comma', async () => {
    const text = configJson().replace('"TEST SERVICE",', '"TEST SERVICE",,');
    expect(await theProblem(filesWith({ 'config.json': text }))).toBe('config.json:3: JSON syntax error at column 28: expected a "quoted" key, found ","');
  });

  it('a missing closing brace', async () => {
    const text = configJson().trimEnd().slice(0, -1);
    const lines = text.split('\n').length;
    expect(await theProblem(filesWith({ 'config.json': text }))).toBe(`config.json:${lines}: JSON syntax error at column 1: unexpected end of file`);
  });

  it('locates a few classic mistakes', () => {
    expect(checkJsonSyntax('{"a": 1,}').error).toEqual({ offset: 8, message: 'a trailing comma before "}"' });
    expect(checkJsonSyntax("{'a': 1}").error).toEqual({ offset: 1, message: `expected a "quoted" key, found "'"` });
    expect(checkJsonSyntax('{"a": [1 2]}').error).toEqual({ offset: 9, message: 'expected "," or "]", found "2"' });
    expect(checkJsonSyntax('{"a": "x\ny"}').error).toEqual({ offset: 8, message: 'a control character (newline?) inside a string' });
    expect(checkJsonSyntax('{"a": tru}').error?.offset).toBe(6);
    expect(checkJsonSyntax('{"a": 1} x').error?.message).toBe('unexpected "x" after the end of the JSON value');
    expect(checkJsonSyntax('{"a": {"b": [1, {"c": null}]}, "d": -1.5e3}').error).toBeNull();
  });

  it('warns about a key written twice (JSON.parse keeps the last)', async () => {
    const text = configJson().replace('"reading": "テスト",', '"reading": "テスト", "reading": "二度目",');
    const dataset = await load(filesWith({ 'config.json': text }));
    expect(dataset.warnings).toEqual(['config.json:4: service.reading: key appears twice: the last one is used']);
    expect(dataset.config.service.reading).toBe('二度目');
  });
});

describe('the whole file is validated against the schema; every problem is reported with its JSON path', () => {
  it('a course weight that is not a number', async () => {
    expect(
      await theProblem(
        withConfig((c) => {
          c.courses[1].weights.S2 = '0.5';
        }),
      ),
    ).toBe('config.json: courses[1].weights.S2: "0.5" must be a number');
  });

  it('reports all problems at once, not just the first', async () => {
    const list = await problems(
      withConfig((c) => {
        delete c.service.launchDate;
        c.strategies[1].name = 42;
        c.limits.maxWeight = 0;
        c.indices[0].short = '';
      }),
    );
    expect(list).toEqual([
      'config.json: service.launchDate: is required',
      'config.json: strategies[1].name: "42" must be a string',
      'config.json: indices[0].short: "" must not be empty',
      'config.json: limits.maxWeight: "0" must be > 0',
    ]);
  });

  it.each([
    ['service.name', (c: any) => delete c.service.name],
    ['service.launchDate', (c: any) => delete c.service.launchDate],
    ['service.ratioStartDate', (c: any) => delete c.service.ratioStartDate],
    ['strategies[0].id', (c: any) => delete c.strategies[0].id],
    ['strategies[0].name', (c: any) => delete c.strategies[0].name],
    ['strategies[0].benchmark', (c: any) => delete c.strategies[0].benchmark],
    ['courses[0].name', (c: any) => delete c.courses[0].name],
    ['courses[0].weights', (c: any) => delete c.courses[0].weights],
    ['indices[1].id', (c: any) => delete c.indices[1].id],
    ['indices[1].name', (c: any) => delete c.indices[1].name],
    ['indices[1].short', (c: any) => delete c.indices[1].short],
    ['limits', (c: any) => delete c.limits],
    ['limits.minHoldings', (c: any) => delete c.limits.minHoldings],
    ['limits.maxHoldings', (c: any) => delete c.limits.maxHoldings],
    ['limits.maxWeight', (c: any) => delete c.limits.maxWeight],
    ['limits.maxSectorWeight', (c: any) => delete c.limits.maxSectorWeight],
  ])('%s is required', async (path, edit) => {
    const list = await problems(withConfig(edit));
    expect(list).toContain(`config.json: ${path}: is required`);
  });

  it('launchDate must be an ISO date that exists', async () => {
    expect(
      await theProblem(
        withConfig((c) => {
          c.service.launchDate = '2025/02/13';
        }),
      ),
    ).toBe('config.json: service.launchDate: "2025/02/13" must be a date YYYY-MM-DD that exists');
  });

  it('negativeMark is △ or ▲', async () => {
    expect(
      await theProblem(
        withConfig((c) => {
          c.negativeMark = '-';
        }),
      ),
    ).toBe('config.json: negativeMark: "-" must be one of "△", "▲"');
  });

  it('converts JSON pointers to paths', () => {
    expect(pointerToPath('/courses/2/weights/NEXT100')).toBe('courses[2].weights.NEXT100');
    expect(pointerToPath('/courses/0/weights', 'a b')).toBe('courses[0].weights["a b"]');
    expect(pointerToPath('')).toBe('(top level)');
  });

  it('a file that is not an object', async () => {
    expect(await theProblem(filesWith({ 'config.json': '[]' }))).toBe('config.json: (top level): must be an object');
  });
});

describe('unknown keys are warnings, so a typo is not silently ignored', () => {
  it('warns with the path of each unknown key and loads', async () => {
    const dataset = await load(
      withConfig((c) => {
        c.strategies[0].benchmarkk = 'SPX';
        c.extra = true;
      }),
    );
    expect(dataset.warnings).toEqual(['config.json: extra: unknown key (ignored)', 'config.json: strategies[0].benchmarkk: unknown key (ignored)']);
  });
});

describe('defaults for optional keys', () => {
  it('riskFreeRate 0, negativeMark △, traits [], weeklyIndices []', async () => {
    const { config } = await load(
      withConfig((c) => {
        delete c.weeklyIndices;
        delete c.strategies[0].traits;
        delete c.service.reading;
      }),
    );
    expect(config.riskFreeRate).toBe(0);
    expect(config.negativeMark).toBe('△');
    expect(config.strategies[0]!.traits).toEqual([]);
    expect(config.weeklyIndices).toEqual([]);
    expect(config.service).toEqual({ name: 'TEST SERVICE', launchDate: '2026-02-26', ratioStartDate: '2026-02-26' });
  });

  it('keeps given values and the course weights\' key order', async () => {
    const { config } = await load(
      withConfig((c) => {
        c.riskFreeRate = 0.01;
        c.negativeMark = '▲';
        c.courses[1].weights = { S2: 0.3, S1: 0.7 };
      }),
    );
    expect(config.riskFreeRate).toBe(0.01);
    expect(config.negativeMark).toBe('▲');
    expect(Object.keys(config.courses[1]!.weights)).toEqual(['S2', 'S1']);
    expect(config.strategies[0]).toEqual({ id: 'S1', name: '戦略1', group: 'G1', benchmark: 'SPX', market: 'US', traits: ['growth'] });
  });

  it('factors is required when the factor files are present', async () => {
    expect(
      await theProblem(
        withConfig((c) => {
          delete c.factors;
          c.strategies[0].traits = [];
        }),
      ),
    ).toBe('config.json: factors: is required when the factor files are present');
  });

  it('factors may be left out without the factor files', async () => {
    const files = withConfig((c) => {
      delete c.factors;
      c.strategies[0].traits = [];
    });
    delete files['factor_exposures.csv'];
    delete files['benchmark_exposures.csv'];
    delete files['factor_returns.csv'];
    expect((await load(files)).config.factors).toEqual([]);
  });
});

describe('trait labels (factors[].high / .low) and service.disclosures', () => {
  it('high / low default to 高<name> / 低<name>; given ones are kept', async () => {
    const { config } = await load(
      withConfig((c) => {
        c.factors[0].high = '大型';
        c.factors[0].low = '小型';
      }),
    );
    const [first, second] = config.factors;
    expect([first?.high, first?.low]).toEqual(['大型', '小型']);
    expect([second?.high, second?.low]).toEqual([`高${second?.name}`, `低${second?.name}`]);
  });

  it('an empty label is an error with its path', async () => {
    expect(
      await theProblem(
        withConfig((c) => {
          c.factors[1].low = '';
        }),
      ),
    ).toMatch(/^config\.json: factors\[1\]\.low: /);
  });

  it('disclosures: absent means none; lines are kept in order; a non-string line is an error', async () => {
    expect((await load(withConfig(() => {}))).config.service.disclosures).toBeUndefined();
    const lines = ['金融商品取引業者 関東財務局長（金商）第0000号', '加入協会：一般社団法人日本投資顧問業協会'];
    const { config } = await load(
      withConfig((c) => {
        c.service.disclosures = lines;
      }),
    );
    expect(config.service.disclosures).toEqual(lines);
    expect(
      await theProblem(
        withConfig((c) => {
          c.service.disclosures = ['ok', 3];
        }),
      ),
    ).toBe('config.json: service.disclosures[1]: "3" must be a string');
  });
});

describe('every id referenced must exist', () => {
  it('a strategy benchmark that is not an index id', async () => {
    expect(
      await theProblem(
        withConfig((c) => {
          c.strategies[1].benchmark = 'RUTX';
        }),
      ),
    ).toBe('config.json: strategies[1].benchmark: "RUTX" is not an id of indices');
  });

  it('a weeklyIndices id that is not an index id', async () => {
    expect(
      await theProblem(
        withConfig((c) => {
          c.weeklyIndices = ['SPX', 'DJI'];
        }),
      ),
    ).toBe('config.json: weeklyIndices[1]: "DJI" is not an id of indices');
  });

  it('a course weight key that is not a strategy id', async () => {
    expect(
      await theProblem(
        withConfig((c) => {
          c.courses[1].weights = { S1: 0.5, S3: 0.5 };
        }),
      ),
    ).toBe('config.json: courses[1].weights.S3: "S3" is not an id of strategies');
  });

  it('a trait that is not a factor id', async () => {
    expect(
      await theProblem(
        withConfig((c) => {
          c.strategies[0].traits = ['growth', 'grwth'];
        }),
      ),
    ).toBe('config.json: strategies[0].traits[1]: "grwth" is not an id of factors');
  });

  it('an id used twice', async () => {
    expect(
      await theProblem(
        withConfig((c) => {
          c.indices[1].id = 'SPX';
          c.strategies[1].benchmark = 'SPX';
        }),
      ),
    ).toBe('config.json: indices[1].id: "SPX" is used twice in indices');
  });

  it('reference problems are reported together with schema problems', async () => {
    const list = await problems(
      withConfig((c) => {
        c.strategies[1].benchmark = 'RUTX';
        c.limits.maxHoldings = 'many';
      }),
    );
    expect(list).toEqual([
      'config.json: limits.maxHoldings: "many" must be an integer',
      'config.json: strategies[1].benchmark: "RUTX" is not an id of indices',
    ]);
  });
});

describe('course weights are >= 0 and sum to 1 (±1e-9)', () => {
  it('a negative weight is an error', async () => {
    const list = await problems(
      withConfig((c) => {
        c.courses[1].weights = { S1: 1.5, S2: -0.5 };
      }),
    );
    expect(list).toEqual(['config.json: courses[1].weights.S2: "-0.5" must be >= 0']);
  });

  it('weights not summing to 1 are an error', async () => {
    expect(
      await theProblem(
        withConfig((c) => {
          c.courses[1].weights = { S1: 0.7, S2: 0.2 };
        }),
      ),
    ).toBe('config.json: courses[1].weights: sum to 0.9, not 1');
  });

  it('a sum within 1e-9 of 1 is fine (0.1 + 0.2 + 0.7)', async () => {
    const config = configJson((c) => {
      c.strategies.push({ id: 'S3', name: '戦略3', benchmark: 'SPX' });
      c.courses[1].weights = { S1: 0.1, S2: 0.2, S3: 0.7 };
    });
    await expect(load(filesWith({ 'config.json': config }))).resolves.toBeDefined();
  });

  it('minHoldings must not exceed maxHoldings', async () => {
    expect(
      await theProblem(
        withConfig((c) => {
          c.limits.minHoldings = 30;
        }),
      ),
    ).toBe('config.json: limits.minHoldings: "30" is greater than limits.maxHoldings (25)');
  });
});
