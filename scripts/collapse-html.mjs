// Collapses each line break and the indentation after it to one space in the text of html``
// templates, nested ones included (an html`` inside another's ${…}), and nowhere else: other
// template literals (messages, console text, `\n` joins) and code are copied as they are. In HTML
// between tags and in text, a run of white space renders as one space. Used by the one-file build
// (scripts/vite-embed-minify.ts) and its parts (scripts/build-parts.mjs).

/**
 * @param {string} code TypeScript or JavaScript source.
 * @returns {string}
 */
export function collapseHtml(code) {
  let out = '';
  let i = 0;
  const copyString = (quote) => {
    const start = i++;
    while (i < code.length && code[i] !== quote) i += code[i] === '\\' ? 2 : 1;
    i++;
    out += code.slice(start, i);
  };
  // At a backtick: copies the template literal, collapsing its text when `html` is true.
  const template = (html) => {
    out += code[i++];
    let text = '';
    const flush = () => {
      out += html ? text.replace(/\n\s*/g, ' ') : text;
      text = '';
    };
    while (i < code.length) {
      const c = code[i];
      if (c === '\\') {
        text += code.slice(i, i + 2);
        i += 2;
      } else if (c === '`') {
        flush();
        out += code[i++];
        return;
      } else if (c === '$' && code[i + 1] === '{') {
        flush();
        out += '${';
        i += 2;
        expression();
      } else {
        text += c;
        i++;
      }
    }
    throw new Error('collapseHtml: unterminated template literal');
  };
  // Inside ${…}: code up to the matching }, with strings and nested templates.
  const expression = () => {
    let depth = 0;
    while (i < code.length) {
      const c = code[i];
      if (c === '}' && depth === 0) {
        out += code[i++];
        return;
      }
      if (c === '{') depth++;
      else if (c === '}') depth--;
      if (c === '`') template(/\bhtml\s*$/.test(out.slice(-12)));
      else if (c === '"' || c === "'") copyString(c);
      else out += code[i++];
    }
  };
  // Top level: only templates tagged html are touched; strings and comments are copied.
  while (i < code.length) {
    const c = code[i];
    if (c === '`') template(/\bhtml\s*$/.test(out.slice(-12)));
    else if (c === '"' || c === "'") copyString(c);
    else if (c === '/' && code[i + 1] === '/') {
      const end = code.indexOf('\n', i);
      const stop = end < 0 ? code.length : end;
      out += code.slice(i, stop);
      i = stop;
    } else if (c === '/' && code[i + 1] === '*') {
      const stop = code.indexOf('*/', i + 2) + 2;
      out += code.slice(i, stop);
      i = stop;
    } else out += code[i++];
  }
  return out;
}
