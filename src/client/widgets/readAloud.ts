/**
 * <read-aloud>: the 朗读 controls. The shared script shows them where speechSynthesis offers a
 * Chinese voice and fetches this module when a reader reaches for them (src/site/widgets.ts,
 * `asked`). It reads the page's <main> from its title on (readingBlocks, src/client/readingText.ts):
 * each heading, paragraph, list item and row its own utterance, cut into sentence-sized pieces where
 * long (some engines cut off long utterances), with pause/resume and stop.
 */
import { speechChunks, pickChineseVoice } from '../speech.ts';
import { readingBlocks, type ReadingNode } from '../readingText.ts';

/**
 * The visible part of an element as a ReadingNode tree: what CSS hides (the phone cards beside a
 * desktop table, a closed menu) is not read, as a sighted reader does not see it.
 */
function readingTree(node: Node): ReadingNode | null {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element)) return null;
  if (node instanceof HTMLElement && node.checkVisibility?.() === false) return null;
  const attrs: Record<string, string> = {};
  for (const a of node.attributes) attrs[a.name] = a.value;
  const children: ReadingNode[] = [];
  for (const c of node.childNodes) {
    const t = readingTree(c);
    if (t !== null) children.push(t);
  }
  return { tag: node.localName, attrs, children };
}

type State = 'idle' | 'speaking' | 'paused';

class ReadAloud extends HTMLElement {
  private state: State = 'idle';
  private synth: SpeechSynthesis | undefined;
  private voice: SpeechSynthesisVoice | undefined;

  connectedCallback() {
    const synth = 'speechSynthesis' in window ? window.speechSynthesis : undefined;
    if (!synth || typeof window.SpeechSynthesisUtterance !== 'function') return;
    this.synth = synth;
    const ready = () => {
      this.voice = pickChineseVoice(synth.getVoices());
      this.hidden = this.voice === undefined;
    };
    ready();
    // Voices often load after the page: look again when the browser says they changed.
    synth.addEventListener?.('voiceschanged', ready);
    this.button('play').addEventListener('click', () => this.play());
    this.button('pause').addEventListener('click', () => this.togglePause());
    this.button('stop').addEventListener('click', () => this.stop());
    window.addEventListener('pagehide', () => synth.cancel());
  }

  private button(action: string): HTMLButtonElement {
    return this.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!;
  }

  private text(): string[] {
    const main = this.closest('main') ?? document.querySelector('main');
    const tree = main ? readingTree(main) : null;
    return tree ? readingBlocks(tree) : [];
  }

  private play() {
    const synth = this.synth!;
    synth.cancel();
    const chunks = this.text().flatMap((block) => speechChunks(block));
    if (chunks.length === 0) return;
    chunks.forEach((chunk, i) => {
      const u = new SpeechSynthesisUtterance(chunk);
      u.lang = 'zh-CN';
      if (this.voice) u.voice = this.voice;
      if (i === chunks.length - 1) u.addEventListener('end', () => this.setState('idle'));
      synth.speak(u);
    });
    this.setState('speaking');
  }

  private togglePause() {
    const synth = this.synth!;
    if (this.state === 'speaking') {
      synth.pause();
      this.setState('paused');
    } else if (this.state === 'paused') {
      synth.resume();
      this.setState('speaking');
    }
  }

  private stop() {
    this.synth!.cancel();
    this.setState('idle');
  }

  private setState(state: State) {
    this.state = state;
    const pause = this.button('pause');
    pause.disabled = state === 'idle';
    pause.setAttribute('aria-pressed', String(state === 'paused'));
    pause.textContent = state === 'paused' ? '继续' : '暂停';
    this.button('stop').disabled = state === 'idle';
    this.querySelector('.read-aloud__status')!.textContent = { idle: '', speaking: '正在朗读', paused: '已暂停' }[state];
  }
}

if (!customElements.get('read-aloud')) customElements.define('read-aloud', ReadAloud);
