import { Command, CommanderError, Help, Option } from 'commander';
import { join, resolve } from 'node:path';
import { shiftMonth } from './dates.js';
import { isIsoDate } from './dates.js';
import { DataError, EXIT, UsageError, WgReportError } from './errors.js';
import { formatIssueIn, formatIssuesIn, langOf, tr, trLines, type Lang } from './messages.js';
import {
  analyseMonths,
  analyseNotice,
  FORMATS,
  GENERATOR,
  generateNotice,
  generateReports,
  isSampleData,
  SAMPLE_DATA_DIR,
  type Analysis,
  type Format,
  type Reporter,
  type RunOptions,
} from './pipeline.js';
import { complianceDetail } from './present/compliance.js';
import type { ComplianceCheck, ReportModel } from './types.js';
import { closest } from './suggest.js';
import { discardAllSync } from './write/staging.js';

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

const EXIT_CODES_HELP = `
Exit codes:
  0  ok
  1  unexpected failure (a bug: the message includes a stack trace)
  2  bad input or usage (the message names file, line, column and value)
  3  renderer failure (Chromium missing, crashed or timed out; the PDF lacks the Japanese font)
  4  validate --strict: a warning or compliance breach

Environment:
  PUPPETEER_EXECUTABLE_PATH  Chromium to use when --chromium is not given (default /usr/bin/chromium)
  SOURCE_DATE_EPOCH          seconds since 1970: the date written into the PDF's metadata
  LANG, LC_ALL, LC_MESSAGES  a Japanese locale (ja_JP.UTF-8) gives Japanese messages, any other English
`;

interface CommonFlags {
  data?: string;
  asOf?: string;
  partial?: boolean;
  allowGaps?: boolean;
  quiet?: boolean;
  progress?: boolean;
}

interface RenderFlags extends CommonFlags {
  out: string;
  format: string;
  templates?: string;
  chromium?: string;
  timeout: string;
  force?: boolean;
  strict?: boolean;
}

function parseMonth(month: string): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new UsageError(`month must be YYYY-MM, got "${month}"`);
  return month;
}

/** Past this many months a list is more likely a typo (2025-04..2062-03) than a batch. */
const MAX_MONTHS = 240;

/**
 * `2026-01 2026-02`, `2025-04..2026-03` or both: the months ascending, each once.
 * @throws UsageError for a malformed month or a range that runs backwards.
 */
export function parseMonthList(args: readonly string[]): string[] {
  const months = new Set<string>();
  for (const arg of args) {
    const range = /^(.+)\.\.(.+)$/.exec(arg);
    if (range === null) {
      months.add(parseMonth(arg));
      continue;
    }
    const from = parseMonth(range[1]!);
    const to = parseMonth(range[2]!);
    if (from > to) throw new UsageError(`month range ${arg} runs backwards (write ${to}..${from})`);
    for (let m = from; m <= to && months.size <= MAX_MONTHS; m = shiftMonth(m, 1)) months.add(m);
  }
  if (months.size > MAX_MONTHS) throw new UsageError(`more than ${MAX_MONTHS} months asked for: ${args.join(' ')}`);
  return [...months].sort();
}

function parseDateFlag(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw new UsageError(`${flag} must be a date YYYY-MM-DD, got "${value}"`);
  return value;
}

function parseAsOf(value: string | undefined): string | undefined {
  return parseDateFlag('--as-of', value);
}

function parseFormats(list: string): Set<Format> {
  const formats = new Set<Format>();
  for (const raw of list.split(',')) {
    const f = raw.trim();
    if (!(FORMATS as readonly string[]).includes(f)) {
      throw new UsageError(`--format: unknown format "${f}" (choose from ${FORMATS.join(',')})`);
    }
    formats.add(f as Format);
  }
  return formats;
}

/** SOURCE_DATE_EPOCH wins, then --as-of at 00:00 UTC, so that either makes the PDF reproducible. */
function pdfDate(env: NodeJS.ProcessEnv, asOf: string | undefined): Date | undefined {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw new UsageError(`SOURCE_DATE_EPOCH must be whole seconds, got "${epoch}"`);
    return new Date(Number(epoch) * 1000);
  }
  return asOf === undefined ? undefined : new Date(`${asOf}T00:00:00Z`);
}

/** `error: ` / `warning: ` in the run's language. */
function label(kind: 'error' | 'warning', lang: Lang): string {
  return lang === 'ja' ? (kind === 'error' ? 'エラー: ' : '警告: ') : `${kind}: `;
}

function makeReporter(io: Io, flags: CommonFlags, lang: Lang, quietWarnings = false): Reporter {
  const showSteps = flags.progress === true || (!flags.quiet && io.stderr.isTTY === true && !io.env.CI);
  return {
    ...(io.env.WG_REPORT_TIMINGS === '1' ? { time: stageTimer(io) } : {}),
    step: (m) => {
      if (showSteps) io.stderr.write(`wg-report: ${tr(m, lang)}\n`);
    },
    warn: (m) => {
      if (!quietWarnings) io.stderr.write(`${label('warning', lang)}${trLines(m, lang)}\n`);
    },
  };
}

/**
 * WG_REPORT_TIMINGS=1: each stage's end on stderr, `wg-report timing: <ms since the process started>
 * (+<ms since the previous mark>) <stage>`, for profiling (docs/performance.md); never in normal output.
 */
function stageTimer(io: Io): (stage: string) => void {
  let last = performance.now();
  return (stage) => {
    const now = performance.now();
    io.stderr.write(`wg-report timing: ${now.toFixed(0).padStart(6)} ms (+${(now - last).toFixed(0).padStart(5)}) ${stage}\n`);
    last = now;
  };
}

interface PreviewFlags extends CommonFlags {
  templates?: string;
  port?: string;
  host: string;
  open?: boolean;
  chromium?: string;
}

interface ValidateFlags extends CommonFlags {
  strict?: boolean;
  json?: boolean;
  notice?: string;
}

/**
 * `validate --json`: the outcome for CI (README, "validate --json"). Problems are all those kept (not
 * only the first 20), in the order they are listed; `problemCount` is the true count.
 */
function validateJson(
  month: string,
  exitCode: number,
  lang: Lang,
  outcome: { error: WgReportError } | { report: ReportModel; breaches: (ComplianceCheck & { strategy: string })[] },
): Record<string, unknown> {
  if ('error' in outcome) {
    const e = outcome.error;
    const data = e instanceof DataError;
    return {
      month,
      exitCode,
      problems: data ? e.issues.map((i) => ({ ...i, text: formatIssueIn(i, lang) })) : [],
      problemCount: data ? e.total : 0,
      notChecked: data ? e.skipped : [],
      ...(data ? {} : { error: trLines(e.message, lang) }),
      warnings: [],
      complianceBreaches: [],
    };
  }
  const { report, breaches } = outcome;
  return {
    month,
    exitCode,
    base: report.base,
    end: report.end,
    problems: [],
    problemCount: 0,
    notChecked: [],
    warnings: report.warnings.map((w) => trLines(w, lang)),
    complianceBreaches: breaches.map((b) => ({ strategy: b.strategy, rule: b.rule, date: b.date, detail: complianceDetail(b) })),
  };
}

function addCommonOptions(cmd: Command, T: (s: string) => string): Command {
  return cmd
    .option('--data <dir>', T('input data folder (default: the bundled synthetic sample)'))
    .option('--as-of <date>', T('as-of date printed in the report (default: the last date in prices.csv)'))
    .option('--partial', T('allow an incomplete month: the report is marked 速報 and "partial": true'))
    .option('--allow-gaps', T('carry the last close forward over missing price rows of held securities (warns)'))
    .option('--quiet', T('no progress lines'))
    .addOption(new Option('--progress', 'progress lines even when stderr is not a terminal').hideHelp());
}

/** The options of the commands that write a month folder (render, notice), after the common ones. */
function addOutputOptions(cmd: Command, T: (s: string) => string): Command {
  return cmd
    .option('--out <dir>', T('output folder'), 'out')
    .option('--format <list>', T(`formats to write, comma-separated (${FORMATS.join(',')})`), FORMATS.join(','))
    .option('--templates <dir>', T('folder of templates overriding the built-in ones file by file'))
    .option('--chromium <path>', T('Chromium executable (default: $PUPPETEER_EXECUTABLE_PATH, then /usr/bin/chromium)'))
    .option('--timeout <seconds>', T('per-attempt PDF rendering timeout'), '60')
    .option('--force', T('replace a month folder holding files wg-report did not write (they are deleted), or write inside the data folder'));
}

/** What render and notice read from their flags alike (RunOptions without the month). */
function outputSettings(flags: RenderFlags, io: Io, reporter: Reporter): Omit<RunOptions, 'month'> {
  const asOf = parseAsOf(flags.asOf);
  const timeout = Number(flags.timeout);
  if (!Number.isFinite(timeout) || timeout <= 0) throw new UsageError(`--timeout must be a positive number of seconds, got "${flags.timeout}"`);
  // An unset CI variable (`--out "$OUT"`) must not mean the current folder.
  if (flags.out.trim() === '') throw new UsageError('--out is empty (an unset variable?); give a folder, e.g. --out out');
  return {
    dataDir: resolve(flags.data ?? SAMPLE_DATA_DIR),
    outDir: resolve(flags.out),
    formats: parseFormats(flags.format),
    asOf,
    partial: flags.partial === true,
    allowGaps: flags.allowGaps === true,
    templatesDir: flags.templates === undefined ? undefined : resolve(flags.templates),
    chromiumPath: flags.chromium,
    pdfDate: pdfDate(io.env, asOf),
    timeoutMs: timeout * 1000,
    force: flags.force === true,
    strict: flags.strict === true,
    reporter,
  };
}

/** Parses argv, runs the command and returns the exit code. Never calls process.exit. */
export async function run(argv: readonly string[], io: Io = process): Promise<number> {
  let code: number = EXIT.OK;
  const lang = langOf(io.env);
  const T = (s: string) => tr(s, lang);
  const exitCodesHelp = trLines(EXIT_CODES_HELP, lang);
  const program = new Command()
    .name('wg-report')
    .description(T('Monthly performance report (Japanese PDF, Markdown, HTML and report.json) from a month of CSV exports'))
    .version(GENERATOR.version, '-V, --version', T('output the version number'))
    .helpOption('-h, --help', T('display help for command'))
    .helpCommand('help [command]', T('display help for command'))
    .exitOverride()
    .configureHelp(localHelp(lang))
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Commander's own parse errors (`error: unknown option '--x'`), in the run's language.
      outputError: (s, write) => write(commanderError(s, lang)),
    })
    .addHelpText('after', `\n${T('Options of each command: wg-report render --help, wg-report notice --help, wg-report validate --help')}\n${exitCodesHelp}`);

  addOutputOptions(
    addCommonOptions(
      program
        .command('render <month...>', { isDefault: true })
        .description(T('write <out>/<month>/report.{json,md,html,pdf} (the default command: `wg-report 2026-03`)')),
      T,
    ),
    T,
  )
    .option('--strict', T('an --as-of outside the month end … last data date, or the bundled sample as data, is an error (exit 2), not a warning'))
    .helpOption('-h, --help', T('display help for command'))
    .addHelpText('after', exitCodesHelp)
    .action(async (monthArgs: string[], flags: RenderFlags) => {
      const months = parseMonthList(monthArgs);
      const written = await generateReports({ months, ...outputSettings(flags, io, makeReporter(io, flags, lang)) });
      if (!flags.quiet) for (const { dir } of written) io.stdout.write(`${dir}\n`);
    });

  addOutputOptions(
    addCommonOptions(
      program
        .command('notice <month>')
        .description(T('write the client notice <out>/<month>/notice-<id>.{json,md,html,pdf} for one strategy (NOTICE.md)')),
      T,
    )
      .requiredOption('--strategy <id>', T('the strategy the notice is about (a strategy id of config.json)'))
      .option('--date <date>', T('the notice\'s issue date YYYY-MM-DD (default: the as-of date)')),
    T,
  )
    .option('--strict', T('the bundled sample as data is an error (exit 2), not a warning'))
    .helpOption('-h, --help', T('display help for command'))
    .addHelpText('after', exitCodesHelp)
    .action(async (monthArg: string, flags: RenderFlags & { strategy: string; date?: string }) => {
      const month = parseMonth(monthArg);
      const date = parseDateFlag('--date', flags.date);
      const settings = outputSettings(flags, io, makeReporter(io, flags, lang));
      const written = await generateNotice({ month, strategy: flags.strategy, date, ...settings });
      if (!flags.quiet) for (const f of written.files) io.stdout.write(`${join(written.dir, f)}\n`);
    });

  addCommonOptions(
    program
      .command('validate <month...>')
      .description(T('load, check and compute the month; print problems and warnings; write nothing (exit 0, 2 or, with --strict, 4)')),
    T,
  )
    .option('--strict', T('fail (exit 4) on any warning, compliance breaches included'))
    .option('--json', T('print the outcome as JSON on stdout (for CI; the shape is in the README); exit codes unchanged'))
    .option('--notice <id>', T("also check the client notice of strategy <id>: its strategy and its analysts' text (one month only)"))
    .helpOption('-h, --help', T('display help for command'))
    .addHelpText('after', exitCodesHelp)
    .action(async (monthArgs: string[], flags: ValidateFlags) => {
      const month = monthArgs.join(' ');
      const json = flags.json === true;
      // With --json, warnings are in the JSON rather than on stderr.
      const reporter = makeReporter(io, flags, lang, json);
      let analyses: Map<string, Analysis>;
      try {
        if (flags.notice !== undefined) {
          const months = parseMonthList(monthArgs);
          if (months.length !== 1) throw new UsageError(`validate --notice checks one month, got ${months.length}`);
          const dataDir = resolve(flags.data ?? SAMPLE_DATA_DIR);
          const { dataset, result } = await analyseNotice(
            {
              month: months[0]!,
              strategy: flags.notice,
              dataDir,
              asOf: parseAsOf(flags.asOf),
              partial: flags.partial === true,
              allowGaps: flags.allowGaps === true,
              reporter,
            },
            await isSampleData(dataDir),
            false,
          ).then((n) => {
            // The notice's warnings are the ones validate counts and --json lists.
            n.result.report.warnings = [...n.notice.warnings];
            return n;
          });
          analyses = new Map([[months[0]!, { dataset, result }]]);
        } else analyses = await analyseMonths({
          months: parseMonthList(monthArgs),
          dataDir: resolve(flags.data ?? SAMPLE_DATA_DIR),
          asOf: parseAsOf(flags.asOf),
          partial: flags.partial === true,
          allowGaps: flags.allowGaps === true,
          reporter,
        });
      } catch (e) {
        if (!json || !(e instanceof WgReportError)) throw e;
        code = e.exitCode;
        io.stdout.write(`${JSON.stringify(validateJson(month, code, lang, { error: e }), null, 2)}\n`);
        return;
      }
      const outcomes = [...analyses].map(([m, analysis]) => {
        const { report } = analysis.result;
        const breaches = report.strategies.flatMap((s) => s.compliance.filter((c) => !c.ok).map((c) => ({ strategy: s.id, ...c })));
        const failed = flags.strict === true && report.warnings.length > 0;
        return { month: m, report, breaches, failed };
      });
      code = outcomes.some((o) => o.failed) ? EXIT.STRICT : EXIT.OK;
      if (json) {
        // One month: one object, as before batches; several: one object per month.
        const objects = outcomes.map((o) => validateJson(o.month, o.failed ? EXIT.STRICT : EXIT.OK, lang, o));
        io.stdout.write(`${JSON.stringify(objects.length === 1 ? objects[0] : objects, null, 2)}\n`);
        return;
      }
      for (const { month: m, report, breaches, failed } of outcomes) {
        const counts = `${report.base} → ${report.end}; ${report.warnings.length} warning(s), ${breaches.length} compliance breach(es)`;
        if (failed) io.stderr.write(`${label('error', lang)}${T(`${m}: fails under --strict (${counts})`)}\n`);
        else io.stdout.write(`${T(`${m}: ok (${counts})`)}\n`);
      }
    });

  /** Set by a command that runs until stopped (preview): it gets SIGINT/SIGTERM instead of the default below. */
  let takeOver: ((signal: NodeJS.Signals) => void) | null = null;
  addCommonOptions(
    program
      .command('preview <month>')
      .description(T("serve the month's report on http://127.0.0.1:<port>/, updated on every save of its data, commentary or templates (Ctrl-C stops)")),
    T,
  )
    .option('--templates <dir>', T('folder of templates overriding the built-in ones file by file'))
    .option('--port <n>', T('port to listen on (default: a free one)'))
    .option('--host <address>', T('address to listen on; anything but a loopback address is reachable from other machines'), '127.0.0.1')
    .option('--open', T('open the preview in the system browser'))
    .option('--chromium <path>', T('Chromium executable (default: $PUPPETEER_EXECUTABLE_PATH, then /usr/bin/chromium)'))
    .helpOption('-h, --help', T('display help for command'))
    .addHelpText('after', exitCodesHelp)
    .action(async (month: string, flags: PreviewFlags) => {
      const { parsePort, runPreview } = await import('./preview/command.js');
      const command = {
        month: parseMonth(month),
        dataDir: resolve(flags.data ?? SAMPLE_DATA_DIR),
        templatesDir: flags.templates === undefined ? undefined : resolve(flags.templates),
        host: flags.host,
        port: parsePort(flags.port),
        open: flags.open === true,
        asOf: parseAsOf(flags.asOf),
        partial: flags.partial === true,
        allowGaps: flags.allowGaps === true,
        chromiumPath: flags.chromium,
        quiet: flags.quiet === true,
      };
      const stopped = new Promise<NodeJS.Signals>((resolve) => (takeOver = resolve));
      code = await runPreview(command, io, lang, stopped);
    });

  // SIGINT/SIGTERM: drop the half-written folder; puppeteer's own exit hook kills Chromium. A command
  // that runs until stopped (preview) takes the signal over and closes everything itself.
  const onSignal = (signal: NodeJS.Signals) => {
    if (takeOver !== null) return takeOver(signal);
    discardAllSync();
    io.stderr.write(`wg-report: ${T(`interrupted by ${signal}; the previous report is untouched`)}\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    checkCommand(program, argv.slice(2));
    await program.parseAsync([...argv]);
  } catch (e) {
    code = errorToExitCode(e, io, lang);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  return code;
}

/**
 * `render` is the default command, so commander reads any first word as its <month>: `wg-report
 * valdate 2026-03` would say "too many arguments for 'render'". A first operand that is neither a
 * command nor month-like (it starts with a digit) is an unknown command instead.
 */
function checkCommand(program: Command, args: readonly string[]): void {
  const commands = program.commands.map((c) => c.name());
  // Options that take a value: their value is not the first operand (`--data ./x render …`).
  const takesValue = new Set(
    program.commands.flatMap((c) => c.options.filter((o) => o.required || o.optional).flatMap((o) => [o.long, o.short])),
  );
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') return;
    if (a.startsWith('-')) {
      if (takesValue.has(a)) i++;
      continue;
    }
    if (commands.includes(a) || a === 'help' || /^\d/.test(a)) return;
    const near = closest(a, [...commands, 'help']);
    throw new UsageError(
      near === null
        ? `unknown command '${a}' (commands: ${commands.join(', ')}; or a month YYYY-MM for render)`
        : `unknown command '${a}' (did you mean ${near}?)`,
    );
  }
}

function errorToExitCode(e: unknown, io: Io, lang: Lang): number {
  if (e instanceof CommanderError) {
    // Help and version end with exitCode 0; parse errors were already printed by commander.
    return e.exitCode === 0 ? EXIT.OK : EXIT.BAD_INPUT;
  }
  if (e instanceof DataError) {
    io.stderr.write(`${label('error', lang)}${formatIssuesIn(e.issues, e.skipped, e.total, lang)}\n`);
    return e.exitCode;
  }
  if (e instanceof WgReportError) {
    io.stderr.write(`${label('error', lang)}${trLines(e.message, lang)}\n`);
    return e.exitCode;
  }
  io.stderr.write(`wg-report: ${tr('unexpected failure (this is a bug)', lang)}\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  return EXIT.UNEXPECTED;
}

/** Commander's error text (`error: unknown option '--x'\n(Did you mean --y?)\n`) in `lang`. */
function commanderError(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  return text
    .split('\n')
    .map((line) => (line.startsWith('error: ') ? label('error', lang) + tr(line.slice('error: '.length), lang) : tr(line, lang)))
    .join('\n');
}

/** Help in `lang`: section titles and commander's `(default: …)` notes. */
function localHelp(lang: Lang): Partial<Help> {
  if (lang === 'en') return {};
  return {
    styleTitle: (title: string) => tr(title, lang),
    optionDescription: (option: Option) =>
      Help.prototype.optionDescription.call(new Help(), option).replace(/\(default: (.*)\)$/, '（既定: $1）'),
  };
}
