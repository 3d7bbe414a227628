/**
 * The 1-based line on which each release of a JSON text starts: the elements of a top-level
 * array, or of the "releases" array of a corpus object. JSON.parse does not tell where a value
 * was, and a message about record 3 should point at its line.
 */
export function jsonElementLines(text: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let depth = 0;
  let target = -1;
  let inString = false;
  let lastKey = '';
  let lastString = '';
  let stringStart = 0;
  let expectValue = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '\n') line += 1;
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') {
        inString = false;
        if (depth === 1) lastString = text.slice(stringStart + 1, i);
      }
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') continue;
    if (depth === target && expectValue && c !== ']') {
      starts.push(line);
      expectValue = false;
    }
    if (c === '"') {
      inString = true;
      stringStart = i;
    } else if (c === '[' || c === '{') {
      depth += 1;
      if (c === '[' && (depth === 1 || (depth === 2 && lastKey === 'releases' && target === -1))) {
        target = depth;
        expectValue = true;
      }
    } else if (c === ']' || c === '}') {
      if (depth === target) target = -2;
      depth -= 1;
    } else if (c === ':' && depth === 1) {
      lastKey = lastString;
    } else if (c === ',') {
      if (depth === target) expectValue = true;
      if (depth === 1) lastKey = '';
    }
  }
  return starts;
}
