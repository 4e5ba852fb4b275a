/**
 * <read-aloud>: the 朗读 controls. The shared script shows them where speechSynthesis offers a
 * Chinese voice and fetches this module when a reader reaches for them (src/site/widgets.ts,
 * `asked`); it reads the target's text in sentence-sized pieces (long utterances are cut off by
 * some engines), with pause/resume and stop.
 */
import { speechChunks, pickChineseVoice } from '../speech.ts';

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

  private text(): string {
    const target = document.getElementById(this.dataset.target ?? '');
    if (!target) return '';
    const copy = target.cloneNode(true) as HTMLElement;
    // Controls, navigation, the 引用本页 block and hidden hints are not what a listener wants.
    copy.querySelectorAll('read-aloud, nav, script, style, textarea, .citation, .no-read, [aria-hidden="true"]').forEach((n) => n.remove());
    return copy.textContent ?? '';
  }

  private play() {
    const synth = this.synth!;
    synth.cancel();
    const chunks = speechChunks(this.text());
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
