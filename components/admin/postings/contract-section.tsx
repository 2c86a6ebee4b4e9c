"use client";

import { CONTRACT_LABELS, CONTRACT_TYPES, CURRENCIES, DURATION_REASONS, PAY_UNITS, durationReasonsFor } from "@/lib/postings";
import { ApprenticePayTable } from "@/components/site/posting/apprentice-pay-table";
import { useEditor } from "./editor-context";
import { DateField, NumberField, SelectField, TextField } from "./inputs";
import { EditorSection, Toggle } from "./section";

export function ContractSection() {
  const { posting, update, locale, t: all } = useEditor();
  const t = all.contract;
  const { contract } = posting;
  const typeOptions = CONTRACT_TYPES.map((type) => ({ value: type, label: CONTRACT_LABELS[locale][type] }));
  const reasons = durationReasonsFor(contract.type).map((code) => ({
    value: code,
    label: t.reasonOption(DURATION_REASONS[code].label[locale], DURATION_REASONS[code].maxMonths),
  }));
  // A CDI has no length and no end date: the fields are hidden and the server clears them.
  const openEnded = contract.type === "CDI";
  return (
    <EditorSection id="contract" title={t.title}>
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField path="contract.type" label={t.type} options={typeOptions} />
        <SelectField
          path="contract.schedule"
          label={t.schedule}
          options={[
            { value: "FULL_TIME", label: t.fullTime },
            { value: "PART_TIME", label: t.partTime },
          ]}
        />
        <NumberField path="contract.weeklyHours" label={t.hours} hint={t.hoursHint} />
      </div>
      {!openEnded ? (
        <Toggle
          label={t.setLength}
          checked={contract.durationMonths !== null}
          onChange={(on) => update("contract.durationMonths", (draft) => void (draft.contract.durationMonths = on ? { ideal: 6, min: null, max: null } : null))}
        />
      ) : null}
      {contract.durationMonths && !openEnded ? (
        <div className="grid gap-4 sm:grid-cols-3">
          <NumberField path="contract.durationMonths.ideal" label={t.length} />
          <NumberField path="contract.durationMonths.min" label={t.atLeast} hint={t.optional} />
          <NumberField path="contract.durationMonths.max" label={t.atMost} hint={t.optional} />
        </div>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {!openEnded && (reasons.length > 0 || contract.durationReason !== null) ? (
          <SelectField path="contract.durationReason" label={t.reason} hint={t.reasonHint} options={reasons} emptyLabel={t.reasonNone} />
        ) : null}
        {!openEnded ? <DateField path="contract.endDate" label={t.endDate} hint={t.endDateHint} nullable /> : null}
      </div>
      <Toggle
        label={t.statePay}
        checked={contract.compensation !== null}
        onChange={(on) =>
          update("contract.compensation", (draft) => {
            draft.contract.compensation = on
              ? { kind: draft.contract.type === "STAGE" ? "GRATIFICATION" : "SALARY", minAmount: null, maxAmount: null, currency: "EUR", unit: "MONTH", note: null }
              : null;
          })
        }
      />
      {contract.compensation ? (
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField path="contract.compensation.kind" label={t.payKind} options={[{ value: "SALARY", label: t.salary }, { value: "GRATIFICATION", label: t.gratification }]} />
          <NumberField path="contract.compensation.minAmount" label={t.from} />
          <NumberField path="contract.compensation.maxAmount" label={t.upTo} />
          <SelectField path="contract.compensation.currency" label={t.currency} options={CURRENCIES.map((value) => ({ value, label: value }))} />
          <SelectField path="contract.compensation.unit" label={t.per} options={PAY_UNITS.map((value) => ({ value, label: t.units[value] }))} />
          <TextField path="contract.compensation.note" label={t.note} nullable />
        </div>
      ) : null}
      {contract.type === "APPRENTISSAGE" ? (
        <div className="rounded-lg border border-line p-4" data-testid="apprentice-minimum-pay">
          <ApprenticePayTable locale={locale} />
        </div>
      ) : null}
    </EditorSection>
  );
}
