const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, bn: 1e9, billion: 1e9 };

/**
 * The numbers a phrase writes, in digits ("6,700", "15,000", "9.5 million") or in words ("two", "Eleven").
 * Used to prove that a figure's value is what the article says, not a typo or an estimate.
 */
export function numbersWrittenIn(phrase: string): number[] {
  const found: number[] = [];
  const pattern = /(\d[\d,]*(?:\.\d+)?)(?:\s*(thousand|million|bn|billion)\b)?|\b([a-z]+)\b/gi;
  for (const match of phrase.matchAll(pattern)) {
    const [, digits, scale, word] = match;
    if (digits !== undefined) {
      const value = Number(digits.replace(/,/g, ''));
      if (!Number.isNaN(value)) found.push(value * (scale ? (SCALES[scale.toLowerCase()] ?? 1) : 1));
    } else if (word !== undefined) {
      const value = UNITS[word.toLowerCase()];
      if (value !== undefined) found.push(value);
    }
  }
  return found;
}
