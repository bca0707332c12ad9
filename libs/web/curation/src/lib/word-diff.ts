export type DiffKind = 'same' | 'ins' | 'del';

export interface DiffSegment {
  kind: DiffKind;
  text: string;
}

/** Above this many LCS cells the middle is shown as one replacement: a readable result, bounded work. */
const MAX_CELLS = 2_000_000;

/** Words and the whitespace between them, so joining the tokens gives the text back exactly. */
export function tokenize(text: string): string[] {
  return text.split(/(\s+)/u).filter((token) => token.length > 0);
}

function push(segments: DiffSegment[], kind: DiffKind, text: string): void {
  const last = segments.at(-1);
  if (last?.kind === kind) last.text += text;
  else if (text) segments.push({ kind, text });
}

/**
 * Word-level diff of two texts by longest common subsequence. The common start and end are cut
 * off first (revisions usually change a few places), so typical texts stay far below the limit.
 * Adjacent segments of one kind are merged; deletions come before insertions at a change.
 */
export function wordDiff(before: string, after: string): DiffSegment[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const segments: DiffSegment[] = [];
  push(segments, 'same', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const rows = midA.length;
  const columns = midB.length;
  if (rows * columns > MAX_CELLS) {
    push(segments, 'del', midA.join(''));
    push(segments, 'ins', midB.join(''));
  } else {
    // lengths[i * (columns + 1) + j] = LCS length of midA[i..] and midB[j..]
    const width = columns + 1;
    const lengths = new Uint32Array((rows + 1) * width);
    for (let i = rows - 1; i >= 0; i--) {
      for (let j = columns - 1; j >= 0; j--) {
        lengths[i * width + j] =
          midA[i] === midB[j]
            ? lengths[(i + 1) * width + j + 1] + 1
            : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    const changed: { del: string; ins: string } = { del: '', ins: '' };
    const flush = () => {
      push(segments, 'del', changed.del);
      push(segments, 'ins', changed.ins);
      changed.del = '';
      changed.ins = '';
    };
    while (i < rows || j < columns) {
      if (i < rows && j < columns && midA[i] === midB[j]) {
        flush();
        push(segments, 'same', midA[i]);
        i++;
        j++;
      } else if (j >= columns || (i < rows && lengths[(i + 1) * width + j] >= lengths[i * width + j + 1])) {
        changed.del += midA[i];
        i++;
      } else {
        changed.ins += midB[j];
        j++;
      }
    }
    flush();
  }
  push(segments, 'same', a.slice(endA).join(''));
  return absorbLoneSpaces(segments);
}

/**
 * A single space kept between two changes splits one rewritten phrase into confetti ("auf"→"für",
 * " ", "Regionsebene"→"die ganze Region"); it becomes part of both sides of one change instead.
 */
function absorbLoneSpaces(segments: DiffSegment[]): DiffSegment[] {
  const result: DiffSegment[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    push(result, 'del', deleted);
    push(result, 'ins', inserted);
    deleted = '';
    inserted = '';
  };
  segments.forEach((segment, index) => {
    const next = segments[index + 1];
    if (segment.kind === 'del') deleted += segment.text;
    else if (segment.kind === 'ins') inserted += segment.text;
    else if ((deleted || inserted) && /^\s+$/u.test(segment.text) && next && next.kind !== 'same') {
      deleted += segment.text;
      inserted += segment.text;
    } else {
      flush();
      push(result, 'same', segment.text);
    }
  });
  flush();
  return result;
}
