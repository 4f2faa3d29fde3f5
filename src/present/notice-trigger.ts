/**
 * NOTICE.md "The trigger": the monthly run warns for each strategy whose excess return is at or
 * below −notice.threshold, and says which command drafts the notice. Pure.
 */
import type { Config, Month, StrategyReport } from '../types.js';

/** The strategies whose excess return is at or below −notice.threshold (config order). */
export function noticeCandidates(strategies: readonly StrategyReport[], config: Pick<Config, 'notice'>): StrategyReport[] {
  return strategies.filter((s) => s.excessReturn <= -config.notice.threshold);
}

/** What every trigger warning says (so a notice's own run can tell them from the data's warnings). */
export const NOTICE_TRIGGER_MARK = 'a client notice may be needed; draft it with: wg-report notice ';

/**
 * The monthly run's warning for a strategy that may need a client notice, with the command that
 * drafts it. No paths in it (report.json stays the same wherever it is made): with data other than
 * the bundled sample the command is completed with the run's own --data and --out.
 */
export function noticeWarning(s: StrategyReport, month: Month, config: Pick<Config, 'notice'>, sample: boolean): string {
  const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
  return (
    `${s.id}'s excess return over ${s.benchmark} in ${month} is ${pct(s.excessReturn)}, at or below -notice.threshold ` +
    `(${pct(-config.notice.threshold)}): ${NOTICE_TRIGGER_MARK}${month} --strategy ${s.id}${sample ? '' : " (add this run's --data and --out)"}`
  );
}
