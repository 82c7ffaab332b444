import { describe, expect, it } from 'vitest';
import { phoneNumbers, textNumbers } from './phone-numbers.js';

describe('phoneNumbers(text)', () => {
  it.each([
    ['1-888-373-7888; TTY: 711', ['1-888-373-7888', '711']],
    ['1-833-900-1010; TTY available', ['1-833-900-1010']],
    ['800 5533 000 (formerly 01 800 5533 000)', ['800 5533 000']],
    ['131 AFP (131 237)', ['131 237']],
    ['1343 (Metro Manila); from provinces dial (02) 1343', ['1343', '(02) 1343']],
    [
      'Police 0900 8844 (ask for a human trafficking detective); Meld Misdaad Anoniem 0800 7000 (anonymous); Labour Inspectorate 0800 5151 (+31 70 333 44 44 from abroad)',
      ['0900 8844', '0800 7000', '0800 5151', '+31 70 333 44 44'],
    ],
    [
      'Kemenkes (021) 5201590 ext. 5306; Siaga Bareskrim Polri (021) 7218337',
      ['(021) 5201590 ext. 5306', '(021) 7218337'],
    ],
    ['999; 109; 1098; 16430; 16108', ['999', '109', '1098', '16430', '16108']],
    ['+48 22 628 99 99; +48 22 628 01 20', ['+48 22 628 99 99', '+48 22 628 01 20']],
  ])('reads %s', (text, expected) => {
    expect(phoneNumbers(text)).toEqual(expected);
  });
});

describe('textNumbers(text, phones)', () => {
  it('reads the number and leaves the instructions', () => {
    expect(textNumbers('233733 (text HELP or INFO / BEFREE)', [])).toEqual(['233733']);
    expect(
      textNumbers('1343 (SMS for Globe/Touch Mobile subscribers, P1.00 per 160 characters, per notice)', []),
    ).toEqual(['1343']);
  });

  it('takes the phone numbers for "same number"', () => {
    expect(
      textNumbers('same number: call or text free of charge (SMS alert system)', ['+66-99-130-1300']),
    ).toEqual(['+66-99-130-1300']);
    expect(textNumbers('', ['1300'])).toEqual([]);
  });
});
