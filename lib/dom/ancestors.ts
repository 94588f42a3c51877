/**
 * Whether a node or one of its ancestors, up to `top` (not included; null: to the top of its
 * tree), passes `test`. Each node is tested once and its answer remembered, so nodes that share
 * their ancestors pay for them once: the walk up stops at the first node it knows or that passes.
 * The answers hold while the tree is unchanged: a caller keeps the function no longer than that
 * (per-task.ts), or checks again later.
 */
export function selfOrAncestor(
  test: (node: Node) => boolean,
  top: Node | null = null,
): (from: Node | null) => boolean {
  const known = new Map<Node, boolean>();
  const unread: Node[] = [];
  return (from) => {
    let passes = false;
    unread.length = 0;
    for (let n = from; n !== null && n !== top; n = n.parentElement) {
      const seen = known.get(n);
      if (seen !== undefined) {
        passes = seen;
        break;
      }
      unread.push(n);
      if (test(n)) {
        passes = true;
        break;
      }
    }
    for (const n of unread) known.set(n, passes);
    return passes;
  };
}
