/**
 * Elements of ours nested as the features nest them: a div per role (`data-kamerlens`), each in
 * the one before, appended to `parent`. Returns the innermost, for the test's own content.
 */
export function insideRoles(parent: Element, roles: readonly string[]): Element {
  let inner = parent;
  for (const role of roles) {
    const el = parent.ownerDocument.createElement('div');
    el.setAttribute('data-kamerlens', role);
    inner.append(el);
    inner = el;
  }
  return inner;
}
