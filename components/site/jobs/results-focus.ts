// Set by the filters form just before it navigates; read once by the results heading of the next render,
// which then takes the focus (the count is read out where the person now is).
let pending = false;

export function focusResultsNext(): void {
  pending = true;
}

export function takeResultsFocus(): boolean {
  const take = pending;
  pending = false;
  return take;
}
