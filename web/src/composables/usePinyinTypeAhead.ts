import type * as PinyinPro from 'pinyin-pro';
import { pinyinKeys, typeAhead } from '../lib/pinyin-keys';

/** pinyin-pro and its dictionary load the first time an officer types into a picker, not with the page. */
let loading: Promise<typeof PinyinPro> | undefined;
const pinyinPro = () => (loading ??= import('pinyin-pro'));

/** A pause longer than this starts a new word, as in the browser's own type-ahead. */
const PAUSE_MS = 1000;

/**
 * Type-ahead by pinyin for a native select: typing zz picks 郑州, qclbj 汽车零部件产业链
 * (the browser's own type-ahead only matches the first characters of the text shown). The
 * match is chosen as if clicked: the select's `change` event fires. An option is reached
 * by its `data-name` when it has one (郑州 › 登封 by 登封), else by its text.
 */
export function usePinyinTypeAhead() {
  let typed = '';
  let last = 0;
  const keys = new WeakMap<HTMLOptionElement, string[]>();
  return async function onKeydown(event: KeyboardEvent) {
    const select = event.currentTarget as HTMLSelectElement;
    if (event.ctrlKey || event.metaKey || event.altKey || !/^[a-z]$/i.test(event.key)) return;
    event.preventDefault();
    const now = Date.now();
    const key = event.key.toLowerCase();
    typed = (now - last > PAUSE_MS ? '' : typed) + key;
    last = now;
    const word = typed;
    const { pinyin } = await pinyinPro();
    if (word !== typed) return; // a later key has taken over
    const options = [...select.options].filter((o) => !o.disabled);
    for (const o of options) if (!keys.has(o)) keys.set(o, pinyinKeys(o.dataset.name ?? o.text, pinyin));
    const spelled = options.map((o) => ({ value: o.value, keys: keys.get(o)! }));
    // What was typed before this key leads nowhere with it: this key starts a new word, as in the browser's own type-ahead.
    let value = typeAhead(spelled, word);
    if (value === null && word.length > 1) {
      typed = key;
      value = typeAhead(spelled, key);
    }
    if (value !== null && value !== select.value) {
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
  };
}
