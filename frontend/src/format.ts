import type { Money } from '@tizza/bff-client';

const DECIMAL = /^\d+(\.\d+)?$/;

/**
 * Formats a price in the reader's locale. The amount is handed to Intl as the decimal string the
 * API sends, never as a float, so 0.10 + 0.20 style rounding cannot creep in.
 */
export function formatPrice(price: Money, locale?: string): string {
  const plain = `${price.amount} ${price.currency}`;
  if (!DECIMAL.test(price.amount)) {
    return plain;
  }
  try {
    const format = new Intl.NumberFormat(locale, { style: 'currency', currency: price.currency });
    return format.format(price.amount as Intl.StringNumericLiteral);
  } catch {
    // An unknown currency code throws RangeError; showing what the server said beats no price.
    return plain;
  }
}

/** "1 like", "1,234 likes": the count grouped the way the reader writes numbers. */
export function formatLikes(count: number, locale?: string): string {
  const number = new Intl.NumberFormat(locale).format(count);
  const one = new Intl.PluralRules(locale).select(count) === 'one';
  return one ? `${number} like` : `${number} likes`;
}
