import { describe, expect, it } from 'vitest';
import { formatLikes, formatPrice } from './format';

describe('formatPrice', () => {
  it('shows a euro price the way an English reader expects', () => {
    expect(formatPrice({ amount: '12.50', currency: 'EUR' }, 'en-US')).toBe('€12.50');
  });

  it('follows the locale for separators and symbol position', () => {
    expect(formatPrice({ amount: '1234.5', currency: 'EUR' }, 'de-DE')).toBe('1.234,50\u00a0€');
  });

  it('pads whole amounts to the minor unit of the currency', () => {
    expect(formatPrice({ amount: '9', currency: 'USD' }, 'en-US')).toBe('$9.00');
  });

  it('shows no decimals for a currency that has none', () => {
    expect(formatPrice({ amount: '1200', currency: 'JPY' }, 'en-US')).toBe('¥1,200');
  });

  it('keeps every cent of an amount that a float would round', () => {
    expect(formatPrice({ amount: '999999.99', currency: 'USD' }, 'en-US')).toBe('$999,999.99');
    expect(formatPrice({ amount: '0.29', currency: 'USD' }, 'en-US')).toBe('$0.29');
  });

  it('falls back to the raw text for an unknown currency code', () => {
    expect(formatPrice({ amount: '12.50', currency: 'E' }, 'en-US')).toBe('12.50 E');
  });

  it('falls back to the raw text for an amount that is not a decimal', () => {
    expect(formatPrice({ amount: 'twelve', currency: 'EUR' }, 'en-US')).toBe('twelve EUR');
  });
});

describe('formatLikes', () => {
  it('counts one like in the singular', () => {
    expect(formatLikes(1, 'en-US')).toBe('1 like');
  });

  it('counts none and many in the plural, grouping thousands', () => {
    expect(formatLikes(0, 'en-US')).toBe('0 likes');
    expect(formatLikes(1234, 'en-US')).toBe('1,234 likes');
  });
});
