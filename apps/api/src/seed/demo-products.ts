import { demoProductId } from './demo-ids';

export interface DemoProduct {
  id: string;
  sku: string;
  name: string;
  category: string;
  active: boolean;
}

// [sku, name, category, active]
type Row = [string, string, string, boolean?];
const ROWS: Row[] = [
  ['HP-AW-06', 'Aria air-to-water heat pump 6 kW', 'Heat pumps'],
  ['HP-AW-08', 'Aria air-to-water heat pump 8 kW', 'Heat pumps'],
  ['HP-AW-11', 'Aria air-to-water heat pump 11 kW', 'Heat pumps'],
  ['HP-AW-16', 'Aria air-to-water heat pump 16 kW', 'Heat pumps'],
  ['HP-HT-12', 'Aria HT high-temperature heat pump 12 kW', 'Heat pumps'],
  ['HP-GS-10', 'Terra ground-source heat pump 10 kW', 'Heat pumps'],
  ['HP-HY-05', 'Duo hybrid heat pump 5 kW', 'Heat pumps'],
  ['HP-AW-04', 'Aria air-to-water heat pump 4 kW (previous range)', 'Heat pumps', false],
  ['BL-CD-24', 'Condensa gas condensing boiler 24 kW', 'Boilers'],
  ['BL-CD-30', 'Condensa gas condensing boiler 30 kW', 'Boilers'],
  ['BL-CD-35C', 'Condensa combi boiler 35 kW', 'Boilers'],
  ['BL-OL-25', 'Fioul oil condensing boiler 25 kW', 'Boilers'],
  ['BL-PL-20', 'Sylva pellet boiler 20 kW', 'Boilers'],
  ['BL-WM-12', 'Compact wall-mounted boiler 12 kW', 'Boilers'],
  ['BL-CD-18', 'Condensa gas condensing boiler 18 kW (discontinued)', 'Boilers', false],
  ['AC-SP-25', 'Brisa split air conditioner 2.5 kW', 'Air conditioning'],
  ['AC-SP-35', 'Brisa split air conditioner 3.5 kW', 'Air conditioning'],
  ['AC-SP-50', 'Brisa split air conditioner 5 kW', 'Air conditioning'],
  ['AC-MS-2X', 'Brisa multi-split outdoor unit, 2 rooms', 'Air conditioning'],
  ['AC-MS-3X', 'Brisa multi-split outdoor unit, 3 rooms', 'Air conditioning'],
  ['AC-CS-71', 'Cassette air conditioner 7.1 kW', 'Air conditioning'],
  ['AC-DU-100', 'Ducted air conditioner 10 kW', 'Air conditioning'],
  ['WH-TD-200', 'Thermo heat-pump water heater 200 L', 'Water heaters'],
  ['WH-TD-270', 'Thermo heat-pump water heater 270 L', 'Water heaters'],
  ['WH-EL-100', 'Electric water heater 100 L', 'Water heaters'],
  ['WH-EL-150', 'Electric water heater 150 L', 'Water heaters'],
  ['WH-EL-200', 'Electric water heater 200 L', 'Water heaters'],
  ['WH-GI-11', 'Instant gas water heater 11 L/min', 'Water heaters'],
  ['SO-PV-400', 'Sola photovoltaic panel 400 W', 'Solar'],
  ['SO-PV-430', 'Sola photovoltaic panel 430 W', 'Solar'],
  ['SO-TH-25', 'Sola solar thermal collector 2.5 m²', 'Solar'],
  ['SO-INV-5', 'Sola hybrid inverter 5 kW', 'Solar'],
  ['SO-BAT-10', 'Sola home battery 10 kWh', 'Solar'],
  ['AX-TH-WIFI', 'Connected Wi-Fi thermostat', 'Accessories'],
  ['AX-TH-RF', 'Wireless room thermostat', 'Accessories'],
  ['AX-BT-100', 'Buffer tank 100 L', 'Accessories'],
  ['AX-FL-KIT', 'Hydraulic filter and flushing kit', 'Accessories'],
  ['AX-WB-600', 'Wall bracket for outdoor units', 'Accessories'],
  ['AX-GW-01', 'Remote monitoring gateway', 'Accessories'],
  ['AX-PM-CIR', 'High-efficiency circulation pump', 'Accessories'],
];

export const DEMO_PRODUCTS: DemoProduct[] = ROWS.map(([sku, name, category, active = true], i) => ({
  id: demoProductId(i + 1),
  sku,
  name,
  category,
  active,
}));
