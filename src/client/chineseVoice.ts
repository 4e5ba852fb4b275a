/**
 * Whether the browser has a voice for 朗读: the shared script shows the controls only then. The
 * same answer as pickChineseVoice (src/client/speech.ts) finding a voice, in a module of its own
 * so the shared script, which every page loads, does not take the speech code with it (a module
 * both it and the 朗读 widget imported would be bundled into the shared script).
 */
export function hasChineseVoice(voices: readonly { lang: string }[]): boolean {
  return voices.some((v) => /^(zh|cmn)/i.test(v.lang));
}
