import { ASSEMBLY_EVENT_TYPES, PERMISSIONS } from '@concerto/contracts';
import * as fs from 'fs';
import * as path from 'path';
import { changeRows } from './audit-view';

const API_SRC = path.resolve(__dirname, '../../../../api/src');
const I18N = path.resolve(__dirname, '../../../public/i18n');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === 'migrations' ? [] : sources(p);
    return p.endsWith('.ts') && !p.endsWith('.spec.ts') ? [p] : [];
  });
}

/**
 * Every `category.verb` literal of the API that is not a permission, a table alias (`m.id`) or a
 * file name: the action codes it writes to the audit log.
 */
/** Dotted literals that are not audit actions: body-parser error types, the types of an assembly's live events. */
const NOT_ACTIONS: readonly string[] = ['charset.unsupported', 'encoding.unsupported', ...ASSEMBLY_EVENT_TYPES];

function apiActionCodes(): string[] {
  const codes = new Set<string>();
  for (const file of sources(API_SRC)) {
    for (const [, code] of fs.readFileSync(file, 'utf8').matchAll(/'([a-z]+(?:_[a-z]+)*\.[a-z]+(?:_[a-z]+)*)'/g)) {
      if (Object.hasOwn(PERMISSIONS, code) || /^[a-z]{1,2}\./.test(code) || /\.(html|json|js|ts|css|pem|conf|pid)$/.test(code) || NOT_ACTIONS.includes(code)) continue;
      codes.add(code);
    }
  }
  return [...codes].sort();
}

type Labels = Record<string, Record<string, string> & Record<string, Record<string, string>>>;

function auditLabels(lang: 'fr' | 'en'): Labels {
  return JSON.parse(fs.readFileSync(path.join(I18N, lang, 'audit.json'), 'utf8')).audit;
}

describe('the audit log in words', () => {
  it('has a label in French and English for every action code the API records', () => {
    const codes = apiActionCodes();
    expect(codes).toEqual(expect.arrayContaining(['member.suspended', 'auth.login_failed', 'audit.checkpoint_signed']));
    for (const lang of ['fr', 'en'] as const) {
      const labels = auditLabels(lang)['actions'];
      const missing = codes.filter((c) => {
        const [category, verb] = c.split('.');
        return typeof labels[category]?.[verb] !== 'string';
      });
      expect({ lang, missing }).toEqual({ lang, missing: [] });
    }
  });

  it('has a label for every kind of action and every field the API records', () => {
    const fieldsInApi = ['legalName', 'suspended', 'suspensionReason', 'roles', 'fullName', 'seatCount', 'quorumType', 'memberId', 'personId'];
    for (const lang of ['fr', 'en'] as const) {
      const a = auditLabels(lang);
      expect(fieldsInApi.filter((f) => !a['field'][f])).toEqual([]);
      const categories = new Set(apiActionCodes().map((c) => c.split('.')[0]));
      expect([...categories].filter((c) => !a['categories'][c])).toEqual([]);
    }
  });

  it('shows a suspension as the fields that changed, enum values and yes/no as translation keys', () => {
    const rows = changeRows(
      { legalName: 'Coop', suspended: false, suspensionReason: null, region: '06', roles: ['admin'] },
      { legalName: 'Coop', suspended: true, suspensionReason: 'Dues unpaid', region: '06', roles: ['admin', 'secretary'] },
    );
    expect(rows).toEqual([
      { field: 'suspended', before: [{ key: 'audit.value.no' }], after: [{ key: 'audit.value.yes' }] },
      { field: 'suspensionReason', before: [{ key: 'audit.value.empty' }], after: [{ text: 'Dues unpaid' }] },
      { field: 'roles', before: [{ key: 'enums.role.admin' }], after: [{ key: 'enums.role.admin' }, { key: 'enums.role.secretary' }] },
    ]);
    expect(changeRows(null, { kind: 'cooperative' })).toEqual([{ field: 'kind', before: null, after: [{ key: 'enums.memberKind.cooperative' }] }]);
  });
});
