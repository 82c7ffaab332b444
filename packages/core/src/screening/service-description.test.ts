import { describe, expect, it } from 'vitest';
import { describesAService, namesAService } from './service-description.js';

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

describe('namesAService(description)', () => {
  it.each([
    'REPAIR OF GARMENTS',
    'Laundry services',
    'LAUNDRY SERVICE FOR COTTON UNIFORMS',
    'LAUNDRY SERVICE, COTTON UNIFORMS',
    'LAUNDRY AND DRY CLEANING OF UNIFORMS',
    'Shoe repair',
    'Uniform rental',
    'XINJIANG COTTON ISOTOPE TESTING',
    'Freight of Turkmenistan cotton',
    'Cotton origin verification',
    'Análisis de origen del algodón de Xinjiang',
    'Prüfung Herkunft Xinjiang-Baumwolle (Isotopenanalyse)',
    'Herkunftsprüfung Baumwolle aus Xinjiang',
    'Reparación de uniformes',
    'Blanchisserie des tenues de travail',
  ])('reads %s as a service', (description) => {
    expect(namesAService(description)).toBe(true);
  });

  it.each([
    'TRAINING SHOES',
    'TESTING KIT, COTTON',
    'CLEANING CLOTH, COTTON',
    'LAUNDRY BAG',
    'REPAIR KIT, BOOTS',
    'SERVICE UNIFORM, ARMY',
    'TRANSPORT TROLLEY',
    'GLOVES, INSPECTION',
    'Shirts and laundry',
    'SUPPLY AND INSTALLATION OF CARPET',
    'TOWEL, BATH, OLIVE',
    'COTTON YARN, TEST REPORT ATTACHED, ORIGIN XINJIANG',
    'TOMATO PASTE WITH CERTIFICATE OF ORIGIN, XINJIANG',
    'COTTON YARN ORIGIN XINJIANG FREIGHT PREPAID',
    'Baumwollgarn aus Turkmenistan',
    '',
  ])('reads %s as goods', (description) => {
    expect(namesAService(description)).toBe(false);
  });
});
