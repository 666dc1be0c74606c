// The words planners write for an allowed value in their own files (筹建中 for 筹建, 社区卫生服务中心
// for 医疗, 检测 for 检验检测 …). The list is data (data/value-words.json: value → words), fetched
// when a file is imported; the embedded pack uses the values themselves.

/** value → words, as in data/value-words.json. */
export type ValueWordList = Record<string, string[]>;

/** word → value, for `convertCell`. */
export function wordMap(list: ValueWordList): Record<string, string> {
  return Object.fromEntries(Object.entries(list).flatMap(([value, words]) => words.map((w) => [w, value])));
}
