"use client";

import { CONTRACT_LABELS, CONTRACT_TYPES, CURRENCIES, PAY_UNITS } from "@/lib/postings";
import { useEditor } from "./editor-context";
import { DateField, NumberField, SelectField, TextField } from "./inputs";
import { EditorSection, Toggle } from "./section";

const TYPE_OPTIONS = CONTRACT_TYPES.map((type) => ({ value: type, label: CONTRACT_LABELS.en[type] }));
const SCHEDULE_OPTIONS = [
  { value: "FULL_TIME", label: "Full time" },
  { value: "PART_TIME", label: "Part time" },
] as const;
const UNIT_LABELS = { HOUR: "per hour", DAY: "per day", WEEK: "per week", MONTH: "per month", YEAR: "per year" } as const;

export function ContractSection() {
  const { posting, update } = useEditor();
  const { contract } = posting;
  return (
    <EditorSection id="contract" title="Contract">
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField path="contract.type" label="Contract type" options={TYPE_OPTIONS} />
        <SelectField path="contract.schedule" label="Schedule" options={SCHEDULE_OPTIONS} />
        <NumberField path="contract.weeklyHours" label="Hours a week" hint="Leave empty for a standard 35 h week." />
      </div>
      <Toggle
        label="This contract has a set length"
        checked={contract.durationMonths !== null}
        onChange={(on) => update("contract.durationMonths", (draft) => void (draft.contract.durationMonths = on ? { ideal: 6, min: null, max: null } : null))}
      />
      {contract.durationMonths ? (
        <div className="grid gap-4 sm:grid-cols-3">
          <NumberField path="contract.durationMonths.ideal" label="Length (months)" />
          <NumberField path="contract.durationMonths.min" label="At least (months)" hint="Optional" />
          <NumberField path="contract.durationMonths.max" label="At most (months)" hint="Optional" />
        </div>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField path="contract.durationReason" label="Reason for a longer contract" hint="Only when the law allows a longer length with a stated reason." nullable />
        <DateField path="contract.endDate" label="End date" hint="Optional: only when the contract ends on a fixed day." nullable />
      </div>
      <Toggle
        label="State the pay"
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
          <SelectField path="contract.compensation.kind" label="Kind" options={[{ value: "SALARY", label: "Salary" }, { value: "GRATIFICATION", label: "Internship gratification" }]} />
          <NumberField path="contract.compensation.minAmount" label="From" />
          <NumberField path="contract.compensation.maxAmount" label="Up to" />
          <SelectField path="contract.compensation.currency" label="Currency" options={CURRENCIES.map((value) => ({ value, label: value }))} />
          <SelectField path="contract.compensation.unit" label="Per" options={PAY_UNITS.map((value) => ({ value, label: UNIT_LABELS[value] }))} />
          <TextField path="contract.compensation.note" label="Note" nullable />
        </div>
      ) : null}
    </EditorSection>
  );
}
