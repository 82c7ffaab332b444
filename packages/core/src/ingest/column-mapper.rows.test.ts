import { describe, expect, it } from 'vitest';
import type { RejectedRow, SpendRow } from '../model/spend-row.js';
import { openSpendFile } from './open-spend-file.js';

async function* once(text: string): AsyncGenerator<Uint8Array> {
  yield new TextEncoder().encode(text);
}

async function readText(text: string) {
  const file = await openSpendFile(once(text));
  const rows: SpendRow[] = [];
  const rejects: RejectedRow[] = [];
  for await (const b of file.batches) {
    rows.push(...b.rows);
    rejects.push(...b.rejects);
  }
  return { layout: file.layout, rows, rejects };
}

describe('openSpendFile(bytes): rows read through the detected columns', () => {
  it('builds the address of a French supplier file from Adresse and Ville', async () => {
    const { rows } = await readText(
      'Code fournisseur;Nom du fournisseur;Adresse;Ville;Pays;Désignation\n' +
        'F002;Filature d’Aksou;Zone industrielle;Aksou, Xinjiang;Chine;Fil de coton\n',
    );
    expect(rows[0]?.supplier).toBe('Filature d’Aksou');
    expect(rows[0]?.supplier_address).toBe('Zone industrielle, Aksou, Xinjiang');
  });

  it('gives the rows of a Betrag (€) column euros, and reads the currency of a Moeda column', async () => {
    const eur = await readText('Lieferantenname;Land;Betrag (€)\nACME;ES;1.000,00\n');
    expect(eur.rows[0]).toMatchObject({ amount: 1000, currency: 'EUR' });
    const brl = await readText(
      'Razão Social;Valor Total;Moeda\nAlfa Ltda;12.000,00;USD\nBeta Ltda;1.000,00;BRL\n',
    );
    expect(brl.rows.map((r) => r.currency)).toEqual(['USD', 'BRL']);
  });

  it("screens a bill of lading's shipper when its manufacturer is empty", async () => {
    const { rows, rejects } = await readText(
      'Shipper,Manufacturer Name,Country of Origin\n' +
        'GANSU YASHENG INTERNATIONAL TRADE CO LTD,LANZHOU GOOD FOODS CO LTD,CN\n' +
        'NINGBO EXPORT SERVICES CO LTD,,CN\n',
    );
    expect(rejects).toEqual([]);
    expect(rows.map((r) => r.supplier)).toEqual([
      'LANZHOU GOOD FOODS CO LTD',
      'NINGBO EXPORT SERVICES CO LTD',
    ]);
  });

  it("screens a brand list's factory by its local name when the English name is empty", async () => {
    const { rows } = await readText(
      'Factory Name,Factory Name (Local Language),Address,Country / Region\n,新疆中泰化学股份有限公司,乌鲁木齐市,China\n',
    );
    expect(rows[0]?.supplier).toBe('新疆中泰化学股份有限公司');
  });

  it('reads the sector of an Open Supply Hub upload as the product type when product_type is empty', async () => {
    const { rows } = await readText(
      'country,name,address,sector,product_type,number_of_workers\n' +
        'India,Tiruppur Knitting Mills,"Tiruppur, Tamil Nadu",Apparel,,1200\n' +
        'India,Chennai Leather,"Chennai, Tamil Nadu",Leather,Footwear,300\n',
    );
    expect(rows.map((r) => r.product_type)).toEqual(['Apparel', 'Footwear']);
  });

  it('screens a USAspending row by recipient_name_raw when recipient_name is empty', async () => {
    const { rows, rejects } = await readText(
      'contract_transaction_unique_key,award_id_piid,federal_action_obligation,recipient_name,recipient_name_raw\n' +
        'K1,W91B4N21C0901,800000,,AFGHAN GUARD CO\n' +
        'K2,W91B4N21C0902,1000,ACME CORP,ACME CORPORATION\n',
    );
    expect(rejects).toEqual([]);
    expect(rows.map((r) => r.supplier)).toEqual(['AFGHAN GUARD CO', 'ACME CORP']);
  });

  it('reads the contract value of an FPDS export from Base and All Options Value ($)', async () => {
    const { rows } = await readText(
      'PIID,Legal Business Name,Action Obligation ($),Base and All Options Value ($)\n' +
        'W912QR21C0099,KABUL CLEANING SERVICES,"$400,000.00","$2,400,000.00"\n',
    );
    expect(rows[0]).toMatchObject({ amount: 400000, contract_value: 2400000, currency: 'USD' });
  });
});
