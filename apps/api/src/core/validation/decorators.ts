import { isCountryCode } from '@relais/domain';
import { Transform } from 'class-transformer';
import { ValidateBy, ValidationOptions } from 'class-validator';

/** An ISO 3166-1 alpha-2 country code, as the domain defines it. */
export const IsCountryCode = (options?: ValidationOptions) =>
  ValidateBy({ name: 'isCountryCode', validator: { validate: (value) => typeof value === 'string' && isCountryCode(value) } }, options);

/** Trims strings and upper-cases them, so `fr ` and `FR` are the same country or SKU. */
export const ToUpperTrimmed = () =>
  Transform(({ value }: { value: unknown }) => {
    if (typeof value === 'string') return value.trim().toUpperCase();
    if (Array.isArray(value)) return value.map((v: unknown) => (typeof v === 'string' ? v.trim().toUpperCase() : v));
    return value;
  });

/** Trims strings; other values pass untouched for the validators to judge. */
export const Trimmed = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/**
 * A finite number with at most `places` decimals (amounts in a currency, thresholds). Replaces
 * class-validator's IsNumber({ maxDecimalPlaces }), which throws on numbers JavaScript writes in
 * exponent notation (1e-7, -9e-323): an internal error instead of bad input.
 */
export const IsDecimal = (places: number, options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isNumber',
      validator: {
        validate: (value) => typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(places)) === value,
      },
    },
    options,
  );
