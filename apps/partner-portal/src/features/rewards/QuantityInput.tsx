import { useState } from 'react';

import { MAX_QUANTITY } from './cart';

interface QuantityInputProps {
  id: string;
  value: number;
  onChange(quantity: number): void;
  error?: string;
  errorId: string;
}

/**
 * A cart line's quantity: what the user types is kept as typed (an empty box while they retype),
 * and the cart changes only for a whole number from 1 to 99.
 */
export function QuantityInput({ id, value, onChange, error, errorId }: QuantityInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <input
      id={id}
      className="r-input rewards-line__quantity"
      type="number"
      inputMode="numeric"
      min={1}
      max={MAX_QUANTITY}
      step={1}
      value={draft ?? String(value)}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
      onChange={(event) => {
        const text = event.target.value;
        setDraft(text);
        const quantity = Number(text);
        if (text !== '' && Number.isInteger(quantity) && quantity >= 1 && quantity <= MAX_QUANTITY) onChange(quantity);
      }}
      onBlur={() => setDraft(null)}
    />
  );
}
