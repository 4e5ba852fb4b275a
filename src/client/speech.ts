/** Pure helpers for 朗读: choosing a voice and cutting text into pieces speech engines accept. */

export interface VoiceLike {
  lang: string;
  default?: boolean;
}

/** A Mandarin voice, preferring zh-CN, then any zh voice except Cantonese (zh-HK) and zh-TW. */
export function pickChineseVoice<V extends VoiceLike>(voices: readonly V[]): V | undefined {
  const lang = (v: V) => v.lang.replace('_', '-').toLowerCase();
  return (
    voices.find((v) => lang(v) === 'zh-cn') ??
    voices.find((v) => lang(v).startsWith('cmn') || lang(v) === 'zh' || lang(v).startsWith('zh-hans')) ??
    voices.find((v) => lang(v).startsWith('zh'))
  );
}

/** Text split after sentence ends into pieces of at most `max` characters, whitespace collapsed. */
export function speechChunks(text: string, max = 120): string[] {
  const sentences = text
    .replace(/\s+/g, ' ')
    .split(/(?<=[。！？；!?;])/)
    .map((s) => s.trim())
    .filter(Boolean);
  const out: string[] = [];
  for (const s of sentences) {
    for (let i = 0; i < s.length; i += max) {
      const piece = s.slice(i, i + max);
      const last = out[out.length - 1];
      if (last !== undefined && i === 0 && last.length + piece.length <= max) out[out.length - 1] = last + piece;
      else out.push(piece);
    }
  }
  return out;
}
