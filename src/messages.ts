/**
 * The message catalog: every text wg-report shows a user, in English and Japanese.
 *
 * The code speaks English (report.json's `warnings`, DataError messages and tests stay in one stable
 * language); the CLI translates at the point of output, by matching each English text against the
 * catalog's templates. A template's `{name}` is a value copied as is (a file, a date, a ticker);
 * `{name:t}` is a value that is itself a catalogued text and is translated too, `{name:l}` a
 * comma-separated list of such texts. A text the catalog
 * does not know is shown in English: a new message is never lost, only untranslated until added here.
 */
import type { Issue, SkippedCheck } from './types.js';

export type Lang = 'en' | 'ja';

/**
 * The language of messages: Japanese when the locale is Japanese, else English. POSIX precedence:
 * the first of LC_ALL, LC_MESSAGES, LANG that is set decides (`LC_ALL=C` wins over `LANG=ja_JP`).
 */
export function langOf(env: NodeJS.ProcessEnv): Lang {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value !== undefined && value !== '') return /^ja([_.@-]|$)/i.test(value) ? 'ja' : 'en';
  }
  return 'en';
}

/** [English template, Japanese template]. Grouped by where the text comes from. */
export const CATALOG: readonly (readonly [string, string])[] = [
  // ------------------------------------------------------------ cli: usage and results
  ['month must be YYYY-MM, got "{month}"', '月は YYYY-MM で指定してください（指定値 "{month}"）'],
  ['month range {range} runs backwards (write {fixed})', '月の範囲 {range} が逆順です（{fixed} と指定してください）'],
  ['more than {n} months asked for: {months}', '{n} か月を超える月が指定されました: {months}'],
  ['--as-of must be a date YYYY-MM-DD, got "{value}"', '--as-of は日付 YYYY-MM-DD で指定してください（指定値 "{value}"）'],
  ['--format: unknown format "{format}" (choose from {formats})', '--format: 不明な形式 "{format}" です（{formats} から選んでください）'],
  ['SOURCE_DATE_EPOCH must be whole seconds, got "{value}"', 'SOURCE_DATE_EPOCH は秒数（整数）で指定してください（指定値 "{value}"）'],
  ['--timeout must be a positive number of seconds, got "{value}"', '--timeout は正の秒数で指定してください（指定値 "{value}"）'],
  ['--out is empty (an unset variable?); give a folder, e.g. --out out', '--out が空です（変数が未設定？）。フォルダを指定してください（例: --out out）'],
  ["unknown command '{command}' (did you mean {near}?)", "不明なコマンド '{command}' です（{near} のことですか？）"],
  ["unknown command '{command}' (commands: {commands}; or a month YYYY-MM for render)", "不明なコマンド '{command}' です（コマンドは {commands}。render なら月 YYYY-MM を指定）"],
  ['{month}: ok ({base} → {end}; {warnings} warning(s), {breaches} compliance breach(es))', '{month}: 問題なし（{base} → {end}、警告 {warnings} 件、コンプライアンス違反 {breaches} 件）'],
  ['{month}: fails under --strict ({base} → {end}; {warnings} warning(s), {breaches} compliance breach(es))', '{month}: --strict では不合格（{base} → {end}、警告 {warnings} 件、コンプライアンス違反 {breaches} 件）'],
  ['interrupted by {signal}; the previous report is untouched', '{signal} で中断しました。前回のレポートはそのままです'],
  ['unexpected failure (this is a bug)', '予期しない失敗です（不具合です）'],
  // commander's own errors
  ["unknown option '{option}'", "不明なオプション '{option}' です"],
  ['(Did you mean {near}?)', '（{near} のことですか？）'],
  ["missing required argument '{name}'", "必須の引数 '{name}' がありません"],
  ["option '{option}' argument missing", "オプション '{option}' の値がありません"],
  ["too many arguments for '{command}'. Expected {expected} argument but got {got}.", "'{command}' の引数が多すぎます（{expected} 個のところ {got} 個）"],
  ["too many arguments for '{command}'. Expected {expected} arguments but got {got}.", "'{command}' の引数が多すぎます（{expected} 個のところ {got} 個）"],
  // help
  ['Usage:', '使い方:'],
  ['Options:', 'オプション:'],
  ['Commands:', 'コマンド:'],
  ['Arguments:', '引数:'],
  ['Global Options:', '共通オプション:'],
  ['display help for command', 'ヘルプを表示する'],
  ['output the version number', 'バージョンを表示する'],
  ['Monthly performance report (Japanese PDF, Markdown, HTML and report.json) from a month of CSV exports', '1か月分の CSV から月次運用レポート（PDF・Markdown・HTML・report.json）を作成します'],
  ['Options of each command: wg-report render --help, wg-report notice --help, wg-report validate --help', '各コマンドのオプション: wg-report render --help、wg-report notice --help、wg-report validate --help'],
  ['write <out>/<month>/report.{json,md,html,pdf} (the default command: `wg-report 2026-03`)', '<out>/<month>/report.{json,md,html,pdf} を書き出す（既定のコマンド: `wg-report 2026-03`）'],
  ['load, check and compute the month; print problems and warnings; write nothing (exit 0, 2 or, with --strict, 4)', '月のデータを読み込み・検査・計算し、問題と警告を表示する。何も書き出さない（終了コード 0、2、--strict では 4）'],
  ['input data folder (default: the bundled synthetic sample)', '入力データのフォルダ（既定: 同梱の架空サンプル）'],
  ['as-of date printed in the report (default: the last date in prices.csv)', 'レポートに記載する作成基準日（既定: prices.csv の最終日）'],
  ['allow an incomplete month: the report is marked 速報 and "partial": true', '月の途中でも作成する: 速報と表示し "partial": true とする'],
  ['carry the last close forward over missing price rows of held securities (warns)', '保有銘柄の価格の欠けた日は直前の終値で埋める（警告あり）'],
  ['no progress lines', '進捗を表示しない'],
  ['output folder', '出力フォルダ'],
  ['formats to write, comma-separated ({formats})', '書き出す形式、カンマ区切り（{formats}）'],
  ['folder of templates overriding the built-in ones file by file', '組み込みのテンプレートをファイル単位で置き換えるテンプレートのフォルダ'],
  ['Chromium executable (default: $PUPPETEER_EXECUTABLE_PATH, then /usr/bin/chromium)', 'Chromium の実行ファイル（既定: $PUPPETEER_EXECUTABLE_PATH、なければ /usr/bin/chromium）'],
  ['per-attempt PDF rendering timeout', 'PDF 作成 1 回あたりの制限時間（秒）'],
  ['an --as-of outside the month end … last data date, or the bundled sample as data, is an error (exit 2), not a warning', '--as-of が月末～データの最終日の外にある、または同梱のサンプルをデータにするときは、警告でなくエラー（終了コード 2）にする'],
  ['replace a month folder holding files wg-report did not write (they are deleted), or write inside the data folder', 'wg-report が書いていないファイルのある月のフォルダも置き換える（それらは削除される）、またはデータのフォルダの中にも書く'],
  ['fail (exit 4) on any warning, compliance breaches included', '警告（コンプライアンス違反を含む）が一つでもあれば不合格（終了コード 4）'],
  ['print the outcome as JSON on stdout (for CI; the shape is in the README); exit codes unchanged', '結果を JSON で標準出力に出す（CI 向け。形式は README）。終了コードは同じ'],
  ['Exit codes:', '終了コード:'],
  ['  0  ok', '  0  正常'],
  ['  1  unexpected failure (a bug: the message includes a stack trace)', '  1  予期しない失敗（不具合。メッセージにスタックトレースを含む）'],
  ['  2  bad input or usage (the message names file, line, column and value)', '  2  入力または指定の誤り（メッセージにファイル・行・列・値を示す）'],
  ['  3  renderer failure (Chromium missing, crashed or timed out; the PDF lacks the Japanese font)', '  3  描画の失敗（Chromium がない、異常終了、時間切れ、PDF に日本語フォントがない）'],
  ['  4  validate --strict: a warning or compliance breach', '  4  validate --strict: 警告またはコンプライアンス違反あり'],
  ['Environment:', '環境変数:'],
  ['  PUPPETEER_EXECUTABLE_PATH  Chromium to use when --chromium is not given (default /usr/bin/chromium)', '  PUPPETEER_EXECUTABLE_PATH  --chromium がないときに使う Chromium（既定 /usr/bin/chromium）'],
  ["  SOURCE_DATE_EPOCH          seconds since 1970: the date written into the PDF's metadata", '  SOURCE_DATE_EPOCH          1970 年からの秒数: PDF のメタデータに書く日時'],
  ['  LANG, LC_ALL, LC_MESSAGES  a Japanese locale (ja_JP.UTF-8) gives Japanese messages, any other English', '  LANG, LC_ALL, LC_MESSAGES  日本語ロケール（ja_JP.UTF-8）ならメッセージは日本語、それ以外は英語'],

  // dates and the sample
  ['--as-of {asOf} is before {end}, the last trading day the report covers: it would be dated before its own figures', '--as-of {asOf} はレポートが対象とする最終取引日 {end} より前です: 自身の数値より前の日付になります'],
  ['--as-of {asOf} is after {last}, the last date in prices.csv: it would be dated after any data it has', '--as-of {asOf} は prices.csv の最終日 {last} より後です: 手元のどのデータよりも後の日付になります'],
  ['{problem:t} (an error under --strict)', '{problem:t}（--strict ではエラー）'],
  ["the data is the bundled synthetic sample ({dir}), not a client's: every page, report.md, report.html and report.json are marked サンプル（架空データ）; give --data <folder> for a real report", 'データは同梱の架空サンプル（{dir}）で、顧客のものではありません: 全ページと report.md、report.html、report.json に サンプル（架空データ） と表示します。実際のレポートには --data <フォルダ> を指定してください'],
  ['--strict: no --data given, or it is the bundled synthetic sample ({dir}); give --data <folder>', '--strict: --data がないか、同梱の架空サンプル（{dir}）です。--data <フォルダ> を指定してください'],

  // ------------------------------------------------------------ preview (src/preview/)
  ["serve the month's report on http://127.0.0.1:<port>/, updated on every save of its data, commentary or templates (Ctrl-C stops)", '月のレポートを http://127.0.0.1:<port>/ で表示し、データ・コメント・テンプレートを保存するたびに更新する（Ctrl-C で終了）'],
  ['port to listen on (default: a free one)', '待ち受けるポート（既定: 空いているポート）'],
  ['address to listen on; anything but a loopback address is reachable from other machines', '待ち受けるアドレス。ループバック以外にすると他のマシンからも見えます'],
  ['open the preview in the system browser', 'プレビューをシステムのブラウザで開く'],
  ['--port must be a whole number from 0 to 65535, got "{value}"', '--port は 0～65535 の整数で指定してください（指定値 "{value}"）'],
  ['port {port} is in use on {host}; give another --port, or none for a free one', '{host} のポート {port} は使用中です。別の --port を指定するか、指定せずに空いているポートを使ってください'],
  ['port {port} on {host} needs privileges; give a port above 1023, or none for a free one', '{host} のポート {port} には権限が必要です。1024 以上を指定するか、指定せずに空いているポートを使ってください'],
  ['--host {host}: no such address on this machine', '--host {host}: このマシンにそのアドレスはありません'],
  ['--host {host} is not a loopback address: anyone who can reach this machine can read the report while the preview runs', '--host {host} はループバックアドレスではありません: プレビューの間、このマシンに届く人は誰でもレポートを読めます'],
  ['previewing {month} at {url} (paged view: {pages}); watching {dirs}; Ctrl-C stops', '{month} のプレビュー: {url}（ページ表示: {pages}）。監視: {dirs}。Ctrl-C で終了'],
  ['updated in {ms} ms ({files})', '{ms} ms で更新（{files}）'],
  ['updated in {ms} ms', '{ms} ms で更新'],
  ['preview stopped ({signal})', 'プレビューを終了しました（{signal}）'],
  ['--open: {reason:t}; open {url} yourself', '--open: {reason:t}。{url} をご自身で開いてください'],
  ['no graphical session (DISPLAY and WAYLAND_DISPLAY are not set)', '画面のあるセッションではありません（DISPLAY も WAYLAND_DISPLAY も未設定）'],
  ['--open: {command} failed ({code}); open {url} yourself', '--open: {command} が失敗しました（{code}）。{url} をご自身で開いてください'],
  // the preview's page
  ['waiting for the first report…', '最初のレポートを待っています…'],
  ['disconnected: is wg-report preview still running?', '接続が切れました: wg-report preview は動いていますか？'],
  ['warnings: {n}', '警告: {n} 件'],
  ['printing the pages…', 'ページを作成しています…'],
  ['pdftoppm (poppler-utils) is not installed: the paged view shows the PDF itself', 'pdftoppm（poppler-utils）がないため、ページ表示には PDF をそのまま表示します'],
  ['the report', 'レポート'],
  ['Pages (PDF layout)', 'ページ（PDF のレイアウト）'],
  ['This save broke the report', 'この保存でレポートが作れなくなりました'],
  ['The last good report is shown underneath; fix the file and save again.', '下には最後に作れたレポートを表示しています。ファイルを直して保存し直してください。'],
  // ------------------------------------------------------------ the client notice (NOTICE.md)
  ["{id}'s excess return over {benchmark} in {month} is {excess}, at or below -notice.threshold ({threshold}): a client notice may be needed; draft it with: wg-report notice {command} (add this run's --data and --out)", '{id} の {month} のベンチマーク（{benchmark}）に対する超過収益は {excess} で、-notice.threshold（{threshold}）以下です: お客様へのご報告（notice）が必要かもしれません。作成するには: wg-report notice {command}（この実行の --data と --out を付けてください）'],
  ["{id}'s excess return over {benchmark} in {month} is {excess}, at or below -notice.threshold ({threshold}): a client notice may be needed; draft it with: wg-report notice {command}", '{id} の {month} のベンチマーク（{benchmark}）に対する超過収益は {excess} で、-notice.threshold（{threshold}）以下です: お客様へのご報告（notice）が必要かもしれません。作成するには: wg-report notice {command}'],
  ["the data is the bundled synthetic sample ({dir}), not a client's: every page of the notice, its Markdown, HTML and JSON are marked サンプル（架空データ）; give --data <folder> for a real client's notice", 'データは同梱の架空サンプル（{dir}）で、顧客のものではありません: notice の全ページと Markdown・HTML・JSON に サンプル（架空データ） と表示します。実際の notice には --data <フォルダ> を指定してください'],
  ['--strategy {id}: no such strategy in config.json (strategies: {ids}) (did you mean {near}?)', '--strategy {id}: config.json にその戦略はありません（戦略: {ids}）（{near} のことですか？）'],
  ['--strategy {id}: no such strategy in config.json (strategies: {ids})', '--strategy {id}: config.json にその戦略はありません（戦略: {ids}）'],
  ['--strategy {id}: the id cannot name a file (letters, digits, _ . - only)', '--strategy {id}: その id はファイル名に使えません（英数字と _ . - のみ）'],
  ['--date must be a date YYYY-MM-DD, got "{value}"', '--date は日付 YYYY-MM-DD で指定してください（指定値 "{value}"）'],
  ['--date {date} is before the end of {month} ({end}): the notice is dated before the month it reports on', '--date {date} は {month} の末日（{end}）より前です: 報告する月より前の日付になります'],
  ['validate --notice checks one month, got {n}', 'validate --notice で確認できるのは 1 か月です（指定 {n} か月）'],
  ["{file} is absent: the notice shows （執筆中） where the analysts' text goes", '{file} がないため、notice のアナリストの文章の箇所は （執筆中） と表示します'],
  ['{file}: section "## {heading}" is missing or empty: the notice shows （執筆中） there', '{file}: 章 "## {heading}" がないか空です: notice のその箇所は （執筆中） と表示します'],
  ['{file}: section "## Q&A" has no question (### heading) with an answer: the notice shows （執筆中） there', '{file}: 章 "## Q&A" に回答付きの質問（### 見出し）がありません: notice のその箇所は （執筆中） と表示します'],
  ['heading "{heading}" is not a notice section (市況環境, 運用方針, 要因, 他の戦略, 今後の方針, Q&A): its text is left out', '見出し "{heading}" は notice の章（市況環境、運用方針、要因、他の戦略、今後の方針、Q&A）ではありません: その本文は載せません'],
  ['heading "{heading}" under 他の戦略 is not a strategy id ({ids}): its text is left out', '他の戦略 の見出し "{heading}" は戦略 id（{ids}）ではありません: その本文は載せません'],
  ['a question heading under Q&A is empty: its text is left out', 'Q&A の質問の見出しが空です: その本文は載せません'],
  ['heading "{heading}" is not a section heading of the notice: the heading line is left out', '見出し "{heading}" は notice の章見出しではありません: 見出しの行は載せません'],
  ['text before the first section heading (## 市況環境 …) is left out', '最初の章見出し（## 市況環境 …）より前の本文は載せません'],
  ['the question "{question}" under Q&A has no answer: it is left out', 'Q&A の質問 "{question}" に回答がありません: 載せません'],
  ['moving the notice into place', '配置'],
  ['write the client notice <out>/<month>/notice-<id>.{json,md,html,pdf} for one strategy (NOTICE.md)', '1 戦略についてお客様へのご報告（notice）<out>/<month>/notice-<id>.{json,md,html,pdf} を作成します（NOTICE.md）'],
  ['the strategy the notice is about (a strategy id of config.json)', 'notice の対象の戦略（config.json の戦略 id）'],
  ["the notice's issue date YYYY-MM-DD (default: the as-of date)", 'notice の発行日 YYYY-MM-DD（既定: 作成基準日）'],
  ['the bundled sample as data is an error (exit 2), not a warning', '同梱のサンプルをデータにするとエラー（終了コード 2）にします（警告ではなく）'],
  ["also check the client notice of strategy <id>: its strategy and its analysts' text (one month only)", '戦略 <id> の notice も確認します: 戦略とアナリストの文章（1 か月のみ）'],

  // ------------------------------------------------------------ progress lines
  ['loading {dir}', '読み込み: {dir}'],
  ['computing', '計算'],
  ['rendering {format}', '作成: {format}'],
  ['moving the report into place', '配置'],
  ['computing {month}', '計算: {month}'],
  ['moving the reports into place', '配置'],

  // ------------------------------------------------------------ problem lists
  ['… and {n} more problems ({total} in all)', '… ほか {n} 件（全 {total} 件）'],
  ['… and {n} more problem ({total} in all)', '… ほか {n} 件（全 {total} 件）'],
  ['… and {n} more problems in this file (not kept)', '… このファイルにはほか {n} 件（保持せず）'],
  ['{files}: not checked against {against}, which has errors above', '{files}: {against} に上記の誤りがあるため、{against} との照合はしていません'],

  // ------------------------------------------------------------ load: files and text
  ['data folder not found', 'データのフォルダがありません'],
  ['required file is missing', '必須のファイルがありません'],
  ['is not a file', 'ファイルではありません'],
  ['cannot be read ({code})', '読み込めません（{code}）'],
  ['is UTF-16 (byte order mark {b1} {b2}): save it as UTF-8 or Shift_JIS (CP932)', 'UTF-16 です（BOM {b1} {b2}）。UTF-8 か Shift_JIS（CP932）で保存してください'],
  ['contains NUL bytes (UTF-16 or binary?): save it as UTF-8 or Shift_JIS (CP932)', 'NUL バイトを含みます（UTF-16 かバイナリ？）。UTF-8 か Shift_JIS（CP932）で保存してください'],
  ['is neither valid UTF-8 (invalid byte {byte}) nor valid Shift_JIS (CP932)', 'UTF-8（不正なバイト {byte}）としても Shift_JIS（CP932）としても読めません'],
  // csv
  ['has {n} fields, the header has {width}', '項目が {n} 個あります（見出し行は {width} 個）'],
  ['is empty: the header row is missing', '空です: 見出し行がありません'],
  ['appears twice in the header', '見出し行に 2 回あります'],
  ['required column is missing from the header', '必須の列が見出し行にありません'],
  ['a quoted field is never closed (missing closing ")', '引用符で始まる項目が閉じていません（閉じの " がありません）'],
  ['unexpected text after the closing quote of field {n} (a quote inside a quoted field is written "")', '{n} 番目の項目の閉じ引用符の後に文字があります（引用符で囲んだ項目の中の引用符は "" と書きます）'],
  // fields
  ['is empty: a date YYYY-MM-DD is required', '空です: 日付 YYYY-MM-DD が必要です'],
  ['is not a date: no such day', '日付ではありません: 存在しない日です'],
  ['is not a date (YYYY-MM-DD)', '日付（YYYY-MM-DD）ではありません'],
  ['is empty: a number is required', '空です: 数値が必要です'],
  ['is out of range', '範囲外です'],
  ['is not a number', '数値ではありません'],
  ['must be > {min}', '{min} より大きい値にしてください'],
  ['must be >= {min}', '{min} 以上にしてください'],
  ['must be <= {max}', '{max} 以下にしてください'],
  ['is empty', '空です'],
  // holdings
  ['duplicate date "{date}", strategy "{strategy}", ticker "{ticker}" (first at line {first})', '日付 "{date}"・戦略 "{strategy}"・銘柄 "{ticker}" が重複しています（最初は {first} 行目）'],
  ['is not a strategy id of config.json', 'config.json の戦略 id ではありません'],
  ['is not in prices.csv', 'prices.csv にありません'],
  ['is not in securities.csv', 'securities.csv にありません'],
  ['is not a trading day (no prices.csv row has this date): snapshot of {strategy}', '取引日ではありません（prices.csv にこの日付の行がありません）: {strategy} のスナップショット'],
  ['weights of {strategy} on {date} sum to {sum}, not 1 (tolerance {tolerance})', '{date} の {strategy} のウェイトの合計が {sum} で、1 ではありません（許容差 {tolerance}）'],
  ['weights of {strategy} on {date} sum to {sum}: renormalised to 1', '{date} の {strategy} のウェイトの合計が {sum} のため、合計 1 に補正しました'],
  // prices and gaps
  ['duplicate date "{date}", ticker "{ticker}" (first at line {first})', '日付 "{date}"・銘柄 "{ticker}" が重複しています（最初は {first} 行目）'],
  ['is held (by {holders}) but has no row on trading day: {dates}', '保有されています（{holders}）が、取引日 {dates} の行がありません'],
  ['is held (by {holders}) but has no row on {n} trading days: {dates}', '保有されています（{holders}）が、{n} 取引日の行がありません: {dates}'],
  ['is held (by {holders}) but has no row on {span}, and no earlier close to carry forward (even with --allow-gaps)', '保有されています（{holders}）が、{span} の行がなく、埋めるための前の終値もありません（--allow-gaps でも不可）'],
  ['is held (by {holders}) but has no row on {span} ({n} trading day): the close of {date} is carried forward (--allow-gaps)', '保有されています（{holders}）が、{span} の行がありません（{n} 取引日）: {date} の終値で埋めました（--allow-gaps）'],
  ['is held (by {holders}) but has no row on {span} ({n} trading days): the close of {date} is carried forward (--allow-gaps)', '保有されています（{holders}）が、{span} の行がありません（{n} 取引日）: {date} の終値で埋めました（--allow-gaps）'],
  // securities
  ['duplicate ticker "{ticker}" (first at line {first})', '銘柄 "{ticker}" が重複しています（最初は {first} 行目）'],
  ['is empty ({ticker} is held)', '空です（{ticker} は保有銘柄です）'],
  // indices
  ['duplicate date "{date}", index "{index}" (first at line {first})', '日付 "{date}"・指数 "{index}" が重複しています（最初は {first} 行目）'],
  ['is not an index of config.json: its rows are ignored', 'config.json の指数ではありません: その行は使いません'],
  ['has no rows, but config.json configures this index', '行がありませんが、config.json にはこの指数が設定されています'],
  // factors
  ['{a}, {b} and {c} are absent: the factor sections (ファクター動向, ファクター寄与度) are left out of the report', '{a}、{b}、{c} がないため、ファクターの章（ファクター動向、ファクター寄与度）はレポートに載せません'],
  ['is missing: the three factor files come together ({present} present)', 'ありません: ファクターの 3 ファイルはそろえて置きます（あるのは {present}）'],
  ['is required when the factor files are present', 'ファクターのファイルがあるときは必須です'],
  ['duplicate date "{date}", {column} "{key}" (first at line {first})', '日付 "{date}"・{column} "{key}" が重複しています（最初は {first} 行目）'],
  ['is not a trading day (no prices.csv row has this date)', '取引日ではありません（prices.csv にこの日付の行がありません）'],
  ['duplicate date "{date}" (first at line {first})', '日付 "{date}" が重複しています（最初は {first} 行目）'],
  ['has no row dated on or before {base} (held by {strategy} at {date}, the base date of {month})', '{base} 以前の日付の行がありません（{month} の基準日 {date} に {strategy} が保有）'],
  ['has no row dated on or before {base} (benchmark of {strategy}, needed at {date}, the base date of {month})', '{base} 以前の日付の行がありません（{strategy} のベンチマーク。{month} の基準日 {date} に必要）'],
  // commentary
  ["{file} is absent: the report shows the computed figures without the analysts' commentary", '{file} がないため、レポートはアナリストのコメントなしで計算結果のみを載せます'],
  ['heading "{heading}" is not a known section (市況概況, 第1週…第6週, ファクター動向, ファクター寄与度): its text is left out', '見出し "{heading}" は既知の章（市況概況、第1週…第6週、ファクター動向、ファクター寄与度）ではありません: その本文は載せません'],
  ['heading "{heading}" is not a level-2 section heading: the heading line is left out', '見出し "{heading}" はレベル 2 の章見出しではありません: 見出しの行は載せません'],
  ['section "{title}" appears again: its texts are joined', '章 "{title}" が再び現れます: 本文をつなげます'],
  ['text before the first section heading (## 市況概況 …) is left out', '最初の章見出し（## 市況概況 …）より前の本文は載せません'],
  // config
  ['JSON syntax error at column {column}: {detail:t}', 'JSON の構文エラー（{column} 桁目）: {detail:t}'],
  ['key appears twice: the last one is used', 'キーが 2 回あります: 後のものを使います'],
  ['unknown key (ignored)', '不明なキーです（無視します）'],
  ['is required', '必須です'],
  ['must be {type:t}', '{type:t}にしてください'],
  ['a number', '数値'],
  ['an integer', '整数'],
  ['a string', '文字列'],
  ['an array', '配列'],
  ['an object', 'オブジェクト'],
  ['true or false', 'true か false'],
  ['must not be empty', '空にできません'],
  ['must have at least {n} item', '{n} 個以上の要素が必要です'],
  ['must have at least {n} items', '{n} 個以上の要素が必要です'],
  ['must have at least {n} entry', '{n} 個以上の項目が必要です'],
  ['must have at least {n} entries', '{n} 個以上の項目が必要です'],
  ['must be one of {values}', '{values} のいずれかにしてください'],
  ['must be a date YYYY-MM-DD that exists', '存在する日付 YYYY-MM-DD にしてください'],
  ['must be < {limit}', '{limit} 未満にしてください'],
  ['is used twice in {where}', '{where} で 2 回使われています'],
  ['is not an id of indices', 'indices の id ではありません'],
  ['is not an id of factors', 'factors の id ではありません'],
  ['is not an id of strategies', 'strategies の id ではありません'],
  ['is not an id of markets', 'markets の id ではありません'],
  ['is below notice.threshold ({threshold})', 'notice.threshold（{threshold}）より小さくなっています'],
  ['is before the first snapshot of {strategy} ({date}, holdings.csv line {line})', '{strategy} の最初のスナップショット（{date}、holdings.csv {line} 行目）より前です'],
  ["is a security of market {market}, but strategy {strategy} is of market {own} (a strategy holds only its own market's securities and CASH)", '市場 {market} の銘柄ですが、戦略 {strategy} は市場 {own} の戦略です（戦略が保有できるのは自市場の銘柄と CASH のみ）'],
  ['is an index of market {index}, but the strategy is of market {strategy}', '市場 {index} の指数ですが、戦略は市場 {strategy} のものです'],
  ['is not a market id of config.json ({ids})', 'config.json の市場 id ではありません（{ids}）'],
  ['sum to {sum}, not 1', '合計が {sum} で、1 ではありません'],
  ['is greater than limits.maxHoldings ({max})', 'limits.maxHoldings（{max}）より大きくなっています'],
  ['must list at least one course', 'コースを一つ以上記載してください'],
  ['bad \\u escape in a string', '文字列の \\u エスケープが不正です'],
  ['bad escape in a string', '文字列のエスケープが不正です'],
  ['a control character (newline?) inside a string', '文字列の中に制御文字（改行？）があります'],
  ['a string is never closed', '文字列が閉じていません'],
  ['unexpected end of file', 'ファイルが途中で終わっています'],
  ['a trailing comma before "}"', '"}" の前に余分なカンマがあります'],
  ['a trailing comma before "]"', '"]" の前に余分なカンマがあります'],
  ['expected a "quoted" key, found {found}', '引用符で囲んだキーが必要ですが、{found} があります'],
  ['expected ":", found {found}', '":" が必要ですが、{found} があります'],
  ['expected "," or "{close}", found {found}', '"," か "{close}" が必要ですが、{found} があります'],
  ['unexpected {found} after the end of the JSON value', 'JSON の値の終わりの後に {found} があります'],
  ['unexpected {found}', '予期しない {found} があります'],

  // ------------------------------------------------------------ compute
  ['has no trading day on or before service.launchDate {date} (first date {first})', 'service.launchDate {date} 以前の取引日がありません（最初の日付 {first}）'],
  ['snapshot {date} of {strategy} is not a trading day in prices.csv', '{strategy} のスナップショット {date} は prices.csv の取引日ではありません'],
  ['strategy {strategy} has no snapshot on or before {date}', '戦略 {strategy} には {date} 以前のスナップショットがありません'],
  ['held ticker {ticker} has no row', '保有銘柄 {ticker} の行がありません'],
  ['no row for trading day {date}', '取引日 {date} の行がありません'],
  ['index {index} has no level on or before {date} (it has no rows)', '指数 {index} には {date} 以前の値がありません（行がありません）'],
  ['index {index} has no level on or before {date} (its first date is {first})', '指数 {index} には {date} 以前の値がありません（最初の日付は {first}）'],
  ['index {index} has no rows', '指数 {index} の行がありません'],
  ["{month} ends before the service's launch (service.launchDate {date})", '{month} はサービス開始（service.launchDate {date}）より前に終わります'],
  ['securities.csv: {ticker} has no description (a top contributor of {strategy})', 'securities.csv: {ticker} に説明がありません（{strategy} の寄与上位銘柄）'],
  ['strategy {strategy} has no snapshot in holdings.csv, so it has no return for {month}', '戦略 {strategy} は holdings.csv にスナップショットがないため、{month} の収益率がありません'],
  ["{month} starts from the close of {base}, before the first snapshot of strategy {strategy} ({date}): its track record starts at that snapshot's close", '{month} は {base} の終値から始まり、戦略 {strategy} の最初のスナップショット（{date}）より前です: 運用実績はそのスナップショットの終値から始まります'],
  ['{ticker} (held by {strategy}) has no rows', '{ticker}（{strategy} が保有）の行がありません'],
  ['{ticker} (held by {strategy}) has no close on {dates}', '{ticker}（{strategy} が保有）には {dates} の終値がありません'],
  ['no prices for {month} in prices.csv (prices.csv has no rows)', 'prices.csv に {month} の価格がありません（prices.csv に行がありません）'],
  ['no prices for {month} in prices.csv (last date {date})', 'prices.csv に {month} の価格がありません（最終日 {date}）'],
  ['no prices for {month} in prices.csv (market {market}) (prices.csv has no rows)', 'prices.csv（市場 {market}）に {month} の価格がありません（prices.csv に行がありません）'],
  ['no prices for {month} in prices.csv (market {market}) (last date {date})', 'prices.csv（市場 {market}）に {month} の価格がありません（最終日 {date}）'],
  ["no trading day before {month} in prices.csv (first date {date}): the month's return starts from the close of the last trading day before {month2}", 'prices.csv に {month} より前の取引日がありません（最初の日付 {date}）: 月間収益率は {month2} の前の最終取引日の終値から計算します'],
  ["no trading day before {month} in prices.csv (market {market}) (first date {date}): the month's return starts from the close of the last trading day before {month2}", 'prices.csv（市場 {market}）に {month} より前の取引日がありません（最初の日付 {date}）: 月間収益率は {month2} の前の最終取引日の終値から計算します'],
  ['course {course}: no benchmark index for strategy {strategy}', 'コース {course}: 戦略 {strategy} のベンチマーク指数がありません'],
  ['course {course}: unknown strategy {strategy}', 'コース {course}: 不明な戦略 {strategy} です'],
  ['strategy {strategy}: benchmark {index} is not a configured index', '戦略 {strategy}: ベンチマーク {index} は設定された指数ではありません'],
  ['{month} is not complete: prices.csv has no date after {month2} (last date {date}); use --partial for a preliminary (速報) report', '{month} はまだ終わっていません: prices.csv に {month2} より後の日付がありません（最終日 {date}）。速報を作るには --partial を指定してください'],
  ['{factor} has no row dated on or before {date}', '{factor} には {date} 以前の日付の行がありません'],
  ['{ticker} (held by {strategy}) has no row dated on or before {date}', '{ticker}（{strategy} が保有）には {date} 以前の日付の行がありません'],
  ['{strategy}: holdingsCount on {date}: {n} securities, outside {min}–{max}', '{strategy}: {date} の保有銘柄数 {n} が範囲 {min}～{max} の外です'],
  ['{strategy}: maxWeight on {date}: {detail}', '{strategy}: {date} の銘柄ウェイト上限超過: {detail}'],
  ['{strategy}: maxSectorWeight on {date}: {detail}', '{strategy}: {date} のセクターウェイト上限超過: {detail}'],
  ['commentary: 第{n}週 has text but {month} has only {weeks} weeks; it is not shown', 'コメント: 第{n}週に本文がありますが、{month} は {weeks} 週しかないため載せません'],

  // ------------------------------------------------------------ render
  ['--templates {dir}: not a folder', '--templates {dir}: フォルダではありません'],
  ['template {path} is missing (looked in {dir})', 'テンプレート {path} がありません（{dir} を探しました）'],
  ['PDF: blocked a request to {url} (the report must be self-contained)', 'PDF: {url} への通信を止めました（レポートは外部に頼らず完結させます）'],
  ['PDF: {detail}; retrying once with a fresh Chromium', 'PDF: {detail}。新しい Chromium でもう一度試します'],
  ['PDF rendering failed twice (Chromium hung or crashed): {detail}', 'PDF の作成に 2 回失敗しました（Chromium の停止または異常終了）: {detail}'],
  ['PDF: unexpected /{key} form {old}; cannot pin it to {value} in place', 'PDF: /{key} の形式 {old} が想定外のため、{value} に固定できません'],
  ['PDF: no /CreationDate or /ModDate to pin', 'PDF: 固定する /CreationDate も /ModDate もありません'],
  ['template {origin}: {detail}', 'テンプレート {origin}: {detail}'],
  ['template {origin}, line {line}, column {column}: unknown helper "{name}" (the helpers are {helpers})', 'テンプレート {origin} の {line} 行 {column} 桁: 不明なヘルパー "{name}" です（ヘルパーは {helpers}）'],
  ['template {origin}, line {line}, column {column}: unknown field "{name}" (not in the data this template is given)', 'テンプレート {origin} の {line} 行 {column} 桁: 不明な項目 "{name}" です（このテンプレートに渡すデータにありません）'],
  ['template {origin}, line {line}: unknown partial "{name}" (did you mean {near}?)', 'テンプレート {origin} の {line} 行: 不明なパーシャル "{name}" です（{near} のことですか？）'],
  ['template {origin}, line {line}: unknown partial "{name}"', 'テンプレート {origin} の {line} 行: 不明なパーシャル "{name}" です'],
  ['template {origin}: unknown partial "{name}" (did you mean {near}?)', 'テンプレート {origin}: 不明なパーシャル "{name}" です（{near} のことですか？）'],
  ['template {origin}: unknown partial "{name}"', 'テンプレート {origin}: 不明なパーシャル "{name}" です'],
  ['template {origin}, line {line}: parse error: {detail}', 'テンプレート {origin} の {line} 行: 構文エラー: {detail}'],
  ['template {origin}, line {line}, column {column}: {detail}', 'テンプレート {origin} の {line} 行 {column} 桁: {detail}'],
  ['--templates: {path} is not a template wg-report uses, so it is ignored (did you mean {near}?)', '--templates: {path} は wg-report が使うテンプレートではないため、無視します（{near} のことですか？）'],
  ['--templates: {path} is not a template wg-report uses, so it is ignored (the templates are listed in {dir})', '--templates: {path} は wg-report が使うテンプレートではないため、無視します（テンプレートの一覧は {dir}）'],
  // fonts of the printed PDF
  ['PDF: cannot check its fonts ({detail}); the PDF is not written', 'PDF: フォントを検査できません（{detail}）。PDF は書き出しません'],
  ['PDF: the Japanese font {font} is not embedded (Chromium drew the text with {used}); Japanese text would print as boxes or not at all.', 'PDF: 日本語フォント {font} が埋め込まれていません（Chromium は {used} で描画しました）。日本語が四角で表示されるか、表示されません。'],
  ['PDF: not every character is in the Japanese font {font}:', 'PDF: 日本語フォント {font} にない文字があります:'],
  ['  {n} glyph(s) drawn as Type 3 outlines (a synthesized or fallback face)', '  {n} 字が Type 3 のアウトライン（合成または代替の書体）で描かれています'],
  ['  {n} glyph(s) drawn as Type 3 outlines (a synthesized or fallback face): {chars}', '  {n} 字が Type 3 のアウトライン（合成または代替の書体）で描かれています: {chars}'],
  ['  {n} glyph(s) drawn with the fallback font {font}', '  {n} 字が代替フォント {font} で描かれています'],
  ['  {n} glyph(s) drawn with the fallback font {font}: {chars}', '  {n} 字が代替フォント {font} で描かれています: {chars}'],
  ['  {n} glyph(s) missing from {font} (printed as a box)', '  {n} 字が {font} になく、四角で表示されます'],
  ['  {n} glyph(s) missing from {font} (printed as a box): {chars}', '  {n} 字が {font} になく、四角で表示されます: {chars}'],
  ['Replace characters the font lacks in the data or templates, or, if the font is incomplete, reinstall it.', 'フォントにない文字をデータやテンプレートで置き換えるか、フォントが欠けているなら入れ直してください。'],
  ['The report font {font} is in the Debian package {package}; install it with:', 'レポートのフォント {font} は Debian パッケージ {package} にあります。次のコマンドで入れてください:'],
  ["(fontconfig must see it: fc-list | grep '{font}')", "（fontconfig から見える必要があります: fc-list | grep '{font}'）"],
  ['Chromium not found at {path} ({source:t}). Install it and the Japanese font with:', '{path} に Chromium がありません（{source:t}）。Chromium と日本語フォントを次のコマンドで入れてください:'],
  ['the default', '既定'],
  ['or point --chromium / PUPPETEER_EXECUTABLE_PATH at a Chromium executable.', 'または --chromium か PUPPETEER_EXECUTABLE_PATH で Chromium の実行ファイルを指定してください。'],

  // ------------------------------------------------------------ write: the out folder
  ['--out {path}: cannot be reached', '--out {path}: たどり着けません'],
  ['--out {path}: is not a folder', '--out {path}: フォルダではありません'],
  ['--out {path}: cannot be created, {file} is a file', '--out {path}: 作れません。{file} がファイルです'],
  ['--out {path}: is on a read-only file system', '--out {path}: 読み取り専用のファイルシステムです'],
  ['--out {path}: no permission to write there', '--out {path}: 書き込む権限がありません'],
  ['--out {path}: cannot write there ({code})', '--out {path}: 書き込めません（{code}）'],
  ['{path} is the data folder: writing the report there would replace your data; nothing was changed. Choose another --out.', '{path} はデータのフォルダです: そこに書くとデータが置き換わります。何も変更していません。別の --out を指定してください。'],
  ['{path} is a folder that holds the data folder: writing the report there would replace your data; nothing was changed. Choose another --out.', '{path} はデータのフォルダを含むフォルダです: そこに書くとデータが置き換わります。何も変更していません。別の --out を指定してください。'],
  ['{path} lies inside the data folder {data}; nothing was changed. Choose another --out, or pass --force to write there anyway.', '{path} はデータのフォルダ {data} の中にあります。何も変更していません。別の --out を指定するか、それでも書くなら --force を付けてください。'],
  ['{path} holds what wg-report did not write; nothing was changed:', '{path} には wg-report が書いていないものがあります。何も変更していません:'],
  // One a line under the message above (indented), or a list in the --force warning.
  ['{path} (a symbolic link, not a report folder)', '{path}（シンボリックリンクで、レポートのフォルダではありません）'],
  ['{path} (a file, not a report folder)', '{path}（ファイルで、レポートのフォルダではありません）'],
  ['{path} (not a regular file)', '{path}（通常のファイルではありません）'],
  ['{path} (not written by wg-report)', '{path}（wg-report が書いたものではありません）'],
  ['{path} (changed since wg-report wrote it)', '{path}（wg-report が書いた後に変更されています）'],
  ['… and possibly more', '… ほかにもあるかもしれません'],
  ['Move it elsewhere, choose another --out, or pass --force to replace the folder (deleting the above).', '別の場所へ移すか、別の --out を指定するか、--force でフォルダを置き換えてください（上記は削除されます）。'],
  ['--force: replacing {path}, which deletes {files:l}', '--force: {path} を置き換えます。{files:l} は削除されます'],
  ['{path} removed: not asked for this run, and {why:t}', '{path} を削除しました: 今回は指定がなく、{why:t}'],
  ['it cannot be matched', '照合できないため'],
  ['it was written by an earlier wg-report without a manifest', 'マニフェストのない以前の wg-report が書いたため'],
  ['it was written by wg-report {old}, this is {new}', 'wg-report {old} が書いたもので、今回は {new} のため'],
  ['it is the report of {month}', '{month} のレポートのため'],
  ['the input data changed since ({files})', 'その後に入力データが変わったため（{files}）'],
  ['it was made with other options ({options})', '別のオプションで作られたため（{options}）'],
];

interface Compiled {
  en: RegExp;
  /** The template's longest literal part: a cheap test before the regular expression. */
  needle: string;
  names: string[];
  nested: ('t' | 'l' | undefined)[];
  ja: string;
  /** Literal characters: more specific templates are tried first. */
  weight: number;
}

const PLACEHOLDER = /\{(\w+)(?::([tl]))?\}/g;

function compile(en: string, ja: string): Compiled {
  const names: string[] = [];
  const nested: ('t' | 'l' | undefined)[] = [];
  let source = '^';
  let last = 0;
  let literal = 0;
  for (const m of en.matchAll(PLACEHOLDER)) {
    const text = en.slice(last, m.index);
    source += escape(text);
    literal += text.length;
    source += '([\\s\\S]+?)';
    names.push(m[1]!);
    nested.push(m[2] as 't' | 'l' | undefined);
    last = m.index + m[0].length;
  }
  source += `${escape(en.slice(last))}$`;
  literal += en.length - last;
  const needle = en.split(PLACEHOLDER).filter((_, i) => i % 3 === 0).reduce((a, b) => (b.length > a.length ? b : a), '');
  return { en: new RegExp(source), needle, names, nested, ja, weight: literal };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

let compiled: Compiled[] | null = null;
function templates(): Compiled[] {
  // A template that starts with a value (`{path} (not written by wg-report)`) matches whatever comes
  // before its text, so the templates that start with text are tried first; then the most text first.
  const leading = (t: Compiled) => (t.en.source.startsWith('^([') ? 0 : 1);
  compiled ??= CATALOG.map(([en, ja]) => compile(en, ja)).sort((a, b) => leading(b) - leading(a) || b.weight - a.weight);
  return compiled;
}

/** Texts already translated: problem lists repeat the same few messages thousands of times. */
const memo = new Map<string, string | null>();

/** The Japanese of one English text, or null when the catalog does not know it. */
function toJapanese(text: string): string | null {
  const known = memo.get(text);
  if (known !== undefined) return known;
  const ja = lookUp(text);
  if (memo.size < 10_000) memo.set(text, ja);
  return ja;
}

function lookUp(text: string): string | null {
  for (const t of templates()) {
    if (!text.includes(t.needle)) continue;
    const m = t.en.exec(text);
    if (m === null) continue;
    const values = new Map<string, string>();
    t.names.forEach((name, i) => {
      const value = m[i + 1]!;
      const kind = t.nested[i];
      values.set(
        name,
        kind === 't' ? (toJapanese(value) ?? value) : kind === 'l' ? value.split(', ').map((v) => toJapanese(v) ?? v).join('、') : value,
      );
    });
    return t.ja.replace(PLACEHOLDER, (_, name: string) => values.get(name) ?? '');
  }
  return null;
}

/** One text (one line) in `lang`: as is in English, or its catalogued Japanese (else as is). */
export function tr(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  return toJapanese(text) ?? text;
}

/** A multi-line text, line by line. */
export function trLines(text: string, lang: Lang): string {
  return lang === 'en' ? text : text.split('\n').map((l) => trLine(l, lang)).join('\n');
}

/**
 * A line that may be an issue formatted by formatIssue (`prices.csv:12: column "close": "x" is not a
 * number`, as warnings are): the whole line if the catalog knows it, else its location and value
 * kept and the message after them translated.
 */
export function trLine(line: string, lang: Lang): string {
  if (lang === 'en') return line;
  const whole = toJapanese(line);
  if (whole !== null) return whole;
  // An indented line (an item under a message) translates as its text.
  const indent = /^\s+/.exec(line)?.[0];
  if (indent !== undefined) return indent + trLine(line.slice(indent.length), lang);
  const m = /^(?<loc>[^\s:]+(?::\d+)?): (?:(?<path>[^\s"]+): )?(?:column "(?<column>[^"]*)": )?(?<value>"(?:[^"\\]|\\.)*" )?(?<rest>.+)$/.exec(line);
  if (m === null) return line;
  const g = m.groups!;
  const message = toJapanese(g.rest!);
  if (message === null) return line;
  return jaLocated(g.loc!, g.path, g.column, g.value?.trimEnd(), message);
}

function jaLocated(loc: string, path: string | undefined, column: string | undefined, value: string | undefined, message: string): string {
  let s = `${loc}:`;
  if (path !== undefined) s += ` ${path}:`;
  if (column !== undefined) s += ` 列 "${column}":`;
  if (value !== undefined) s += ` ${value}:`;
  return `${s} ${message}`;
}

/** `prices.csv:1873: column "close": "12,5" is not a number`, in `lang`. */
export function formatIssueIn(issue: Issue, lang: Lang): string {
  if (lang === 'en') return englishIssue(issue);
  const message = toJapanese(issue.message);
  if (message === null) return englishIssue(issue);
  const loc = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  return jaLocated(loc, issue.path, issue.column, issue.value === undefined ? undefined : JSON.stringify(issue.value), message);
}

function englishIssue(issue: Issue): string {
  let s = issue.file;
  if (issue.line !== undefined) s += `:${issue.line}`;
  s += ':';
  if (issue.path !== undefined) s += ` ${issue.path}:`;
  if (issue.column !== undefined) s += ` column "${issue.column}":`;
  if (issue.value !== undefined) s += ` ${JSON.stringify(issue.value)}`;
  return `${s} ${issue.message}`;
}

/** How many problems a message lists before it only counts the rest (DATA.md). */
export const MAX_LISTED_ISSUES = 20;

/**
 * One line per file with problems that others were not checked against:
 * `holdings.csv, factor_returns.csv: not checked against prices.csv, which has errors above`.
 */
export function formatSkipped(skipped: readonly SkippedCheck[], lang: Lang = 'en'): string[] {
  const byAgainst = new Map<string, string[]>();
  for (const s of skipped) {
    const files = byAgainst.get(s.against) ?? [];
    if (!files.includes(s.file)) files.push(s.file);
    byAgainst.set(s.against, files);
  }
  return [...byAgainst].map(([against, files]) => tr(`${files.join(', ')}: not checked against ${against}, which has errors above`, lang));
}

/**
 * The first 20 issues, one a line, then a count of the rest (`total`: the true count when not every
 * issue was kept), then every skipped check: few, and they say why a file's problems may be missing.
 */
export function formatIssuesIn(issues: readonly Issue[], skipped: readonly SkippedCheck[], total: number, lang: Lang): string {
  const lines = issues.slice(0, MAX_LISTED_ISSUES).map((i) => formatIssueIn(i, lang));
  const rest = total - Math.min(issues.length, MAX_LISTED_ISSUES);
  if (rest > 0) lines.push(tr(`… and ${rest} more problem${rest === 1 ? '' : 's'} (${total} in all)`, lang));
  lines.push(...formatSkipped(skipped, lang));
  return lines.join('\n');
}
