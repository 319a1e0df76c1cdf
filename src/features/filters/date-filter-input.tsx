import { useState } from 'react';

interface DateFilterInputProps {
  id: string;
  label: string;
  value: string | null;
  min?: string;
  max?: string;
  onCommit: (value: string | null) => void;
}

// While a reader types a year, the date field reports "0002-…", "0020-…", "0202-…" on the way to "2020-…";
// only plausible years reach the URL, so history is not filled with the ones in between.
const isPlausibleDate = (value: string) => /^(19|20)\d\d-\d\d-\d\d$/.test(value);

/** A From or To field that keeps what is being typed locally and filters once the date is complete. */
export function DateFilterInput({ id, label, value, min, max, onCommit }: DateFilterInputProps) {
  const [draft, setDraft] = useState(value ?? '');
  const [committed, setCommitted] = useState(value);
  if (value !== committed) {
    // The URL changed under us (back, forward, Clear filters): show what it says.
    setCommitted(value);
    setDraft(value ?? '');
  }
  return (
    <div className="filter filter--date">
      <label className="filter__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="filter__control"
        type="date"
        value={draft}
        min={min}
        max={max}
        onChange={(event) => {
          const next = event.target.value;
          setDraft(next);
          if (next === '') onCommit(null);
          else if (isPlausibleDate(next)) onCommit(next);
        }}
      />
    </div>
  );
}
