import {
  createPropertiesService,
  createPropertyStores,
  PROPERTY_QUOTA_MESSAGE,
} from '../../../src/local/emulator/properties';
import { Runtime } from '../../../src/local/emulator/runtime';

function setup() {
  const runtime = new Runtime();
  const stores = createPropertyStores(true);
  const service = createPropertiesService(runtime, stores, 'coordinator@example.org');
  return { runtime, stores, service };
}

describe('PropertiesService', () => {
  it('gives null for a missing key and strings for everything stored', () => {
    const { service } = setup();
    const props = service.getDocumentProperties();
    expect(props.getProperty('missing')).toBeNull();
    props.setProperty('hour', 9 as unknown as string);
    expect(props.getProperty('hour')).toBe('9');
  });

  it('returns a copy from getProperties', () => {
    const { service } = setup();
    const props = service.getScriptProperties();
    props.setProperties({ a: '1', b: '2' });
    const copy = props.getProperties();
    copy.a = 'changed';
    expect(props.getProperty('a')).toBe('1');
  });

  it('refuses a property over 9 KB with the quota message, and keeps the old value', () => {
    const { service } = setup();
    const props = service.getDocumentProperties();
    props.setProperty('settings', 'x'.repeat(8000));
    expect(() => props.setProperty('settings', 'x'.repeat(9 * 1024))).toThrow(PROPERTY_QUOTA_MESSAGE);
    expect(props.getProperty('settings')).toHaveLength(8000);
  });

  it('counts UTF-8 bytes: 5,000 Cyrillic letters are 10,000 bytes, over 9 KB', () => {
    const { service } = setup();
    expect(() => service.getDocumentProperties().setProperty('k', 'я'.repeat(5000))).toThrow(PROPERTY_QUOTA_MESSAGE);
  });

  it('refuses to grow a store past 500 KB', () => {
    const { service } = setup();
    const props = service.getDocumentProperties();
    for (let i = 0; i < 56; i++) props.setProperty(`k${String(i).padStart(2, '0')}`, 'x'.repeat(9000));
    expect(() => props.setProperty('k56', 'x'.repeat(9000))).toThrow(PROPERTY_QUOTA_MESSAGE);
    expect(() => props.setProperties({ a: 'x'.repeat(9000) })).toThrow(PROPERTY_QUOTA_MESSAGE);
    props.deleteProperty('k00');
    expect(() => props.setProperty('k56', 'x'.repeat(9000))).not.toThrow();
  });

  it('shares document properties between users but keeps user properties apart', () => {
    const { service, runtime } = setup();
    runtime.begin({ kind: 'menu', authMode: 'FULL', user: 'a@example.org' });
    service.getDocumentProperties().setProperty('shared', 'yes');
    service.getUserProperties().setProperty('mine', 'a');
    runtime.begin({ kind: 'menu', authMode: 'FULL', user: 'b@example.org' });
    expect(service.getDocumentProperties().getProperty('shared')).toBe('yes');
    expect(service.getUserProperties().getProperty('mine')).toBeNull();
  });

  it('works in simple triggers (LIMITED) but not for an add-on not yet used in the file (NONE)', () => {
    const { service, runtime } = setup();
    runtime.begin({ kind: 'simple-trigger', authMode: 'LIMITED', user: 'a@example.org' });
    expect(() => service.getDocumentProperties()).not.toThrow();
    runtime.begin({ kind: 'simple-trigger', authMode: 'NONE', user: 'a@example.org' });
    expect(() => service.getDocumentProperties()).toThrow(/You do not have permission/);
  });
});
