import { describe, expect, it } from 'vitest';
import { describesAService } from './service-description.js';

describe('describesAService(description)', () => {
  it.each([
    'XINJIANG COTTON ISOTOPE TESTING',
    'Prüfung Herkunft Xinjiang-Baumwolle (Isotopenanalyse)',
    'Freight of Turkmenistan cotton',
    'Análisis de origen del algodón de Xinjiang',
    'Herkunftsprüfung Baumwolle aus Xinjiang',
    'Cotton origin verification',
  ])('reads %s as a service about goods', (description) => {
    expect(describesAService(description)).toBe(true);
  });

  it.each([
    'COTTON YARN ORIGIN: XINJIANG CHINA',
    'COTTON YARN, TEST REPORT ATTACHED, ORIGIN XINJIANG',
    'TOMATO PASTE WITH CERTIFICATE OF ORIGIN, XINJIANG',
    'COTTON YARN ORIGIN XINJIANG FREIGHT PREPAID',
    'Baumwollgarn aus Turkmenistan',
    '',
  ])('reads %s as goods', (description) => {
    expect(describesAService(description)).toBe(false);
  });
});
