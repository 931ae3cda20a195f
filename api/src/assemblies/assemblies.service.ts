import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PERMISSIONS, STAFF_ROLES, type AgendaItemKind, type AssemblyDetail, type AssemblyKind, type Language, type Role } from '@concerto/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { reorder } from '../common/ordering';
import { commonError } from '../common/app-error';
import { fieldMessages } from '../common/field-labels';
import { MailService } from '../mail/mail.service';
import { STANDING_SQL } from '../members/member-queries';
import { AssemblyViewService } from './assembly-view.service';
import { ASSEMBLIES_STREAM, LOCAL_DATE_SQL, lockAssembly, requireEditable, requireNotice, rulesFromSettings, rulesOf, type LockedAssembly } from './assembly-queries';
import { assembliesError } from './assemblies.errors';
import {
  AssemblyAgendaItemDto,
  AssemblyAgendaOrderDto,
  AssemblyStaffDto,
  CreateAssemblyDto,
  UpdateAssemblyAgendaItemDto,
  UpdateAssemblyDto,
} from './dto/assembly.dto';

const STREAM = ASSEMBLIES_STREAM;

/** The standard order of business, in fr and en. */
const STANDARD_ITEMS: { kind: AgendaItemKind; titleFr: string; titleEn: string }[] = [
  { kind: 'opening', titleFr: "Ouverture de l'assemblée et constatation du quorum", titleEn: 'Opening of the assembly and quorum' },
  { kind: 'agenda_adoption', titleFr: "Adoption de l'ordre du jour", titleEn: 'Adoption of the agenda' },
  { kind: 'previous_minutes', titleFr: "Adoption du procès-verbal de l'assemblée précédente", titleEn: "Adoption of the previous assembly's minutes" },
  { kind: 'reports', titleFr: "Rapports du conseil d'administration et états financiers", titleEn: 'Reports of the board and financial statements' },
  { kind: 'elections', titleFr: "Élections au conseil d'administration", titleEn: 'Election of the board of directors' },
  { kind: 'motions', titleFr: 'Propositions', titleEn: 'Motions' },
  { kind: 'other_business', titleFr: 'Affaires diverses', titleEn: 'Other business' },
  { kind: 'closing', titleFr: "Levée de l'assemblée", titleEn: 'Closing' },
];

/**
 * The agenda an assembly starts with. An annual assembly has every standard item; a special one
 * deals only with the business its notice states: no minutes, reports, elections or other business.
 */
export function standardAgenda(kind: AssemblyKind) {
  const skipped: AgendaItemKind[] = kind === 'special' ? ['previous_minutes', 'reports', 'elections', 'other_business'] : [];
  return STANDARD_ITEMS.filter((i) => !skipped.includes(i.kind));
}

const assemblyFields = (a: Pick<LockedAssembly, 'kind' | 'titleFr' | 'titleEn' | 'startsAt' | 'place' | 'videoUrl'>) => ({
  kind: a.kind,
  titleFr: a.titleFr,
  titleEn: a.titleEn,
  startsAt: new Date(a.startsAt).toISOString(),
  place: a.place,
  videoUrl: a.videoUrl,
});

/** The staff roles that may sit at the credentials desk. */
const DESK_ROLES: readonly Role[] = PERMISSIONS['assemblies.credentials'].filter((r) => STAFF_ROLES.includes(r));

/** General assemblies: details, rules, agenda, duties, convocation. Each change audited in its transaction. */
@Injectable()
export class AssembliesService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly view: AssemblyViewService,
  ) {}

  /** A draft with the rules of the bylaw settings and the standard agenda of its kind. */
  async create(actor: Actor, dto: CreateAssemblyDto): Promise<AssemblyDetail> {
    const id = await this.ds.transaction(async (em) => {
      const rules = await rulesFromSettings(em);
      const [row] = await em.query<{ id: string }[]>(
        `INSERT INTO assemblies (kind, title_fr, title_en, starts_at, place, video_url, preset, notice_period_days, quorum_type, quorum_value,
                                 proxies_allowed, max_proxies_per_delegate, delegates_per_member, speaker_seconds)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
        [dto.kind, dto.titleFr, dto.titleEn, dto.startsAt, dto.place ?? null, dto.videoUrl ?? null, rules.preset, rules.noticePeriodDays, rules.quorumType,
          rules.quorumValue, rules.proxiesAllowed, rules.maxProxiesPerDelegate, rules.delegatesPerMember, rules.speakerSeconds],
      );
      const agenda = standardAgenda(dto.kind);
      await em.query(
        `INSERT INTO assembly_agenda_items (assembly_id, position, kind, title_fr, title_en)
         SELECT $1, x.n, x.kind, x.title_fr, x.title_en FROM unnest($2::varchar[], $3::varchar[], $4::varchar[]) WITH ORDINALITY AS x(kind, title_fr, title_en, n)`,
        [row.id, agenda.map((i) => i.kind), agenda.map((i) => i.titleFr), agenda.map((i) => i.titleEn)],
      );
      const after = { ...assemblyFields({ ...dto, startsAt: new Date(dto.startsAt), place: dto.place ?? null, videoUrl: dto.videoUrl ?? null }), rules, agenda: agenda.map((i) => i.kind) };
      await this.audit.append(em, STREAM, actor, { action: 'assembly.created', targetType: 'assembly', targetId: row.id, after });
      return row.id;
    });
    return this.view.get(actor, id);
  }

  /**
   * Details change until the assembly opens. A draft takes the bylaw settings' rules again with
   * each change; once convened, the kind stays and the date may move only within the notice
   * period counted from the convocation's date.
   */
  async update(actor: Actor, id: string, dto: UpdateAssemblyDto): Promise<AssemblyDetail> {
    await this.ds.transaction(async (em) => {
      const a = await lockAssembly(em, id);
      requireEditable(a);
      const before = { ...assemblyFields(a), rules: rulesOf(a) };
      const next = { ...assemblyFields(a), rules: a.status === 'draft' ? await rulesFromSettings(em) : rulesOf(a) };
      if (dto.kind !== undefined) next.kind = dto.kind;
      if (dto.titleFr !== undefined) next.titleFr = dto.titleFr;
      if (dto.titleEn !== undefined) next.titleEn = dto.titleEn;
      if (dto.startsAt !== undefined) next.startsAt = new Date(dto.startsAt).toISOString();
      if (dto.place !== undefined) next.place = dto.place;
      if (dto.videoUrl !== undefined) next.videoUrl = dto.videoUrl;
      if (JSON.stringify(next) === JSON.stringify(before)) return;
      if (a.status === 'convened') {
        if (next.kind !== before.kind) throw assembliesError('ASSEMBLY_ALREADY_CONVENED');
        if (next.startsAt !== before.startsAt) {
          const [{ date }] = await em.query<{ date: string }[]>(`SELECT ${LOCAL_DATE_SQL('$1::timestamptz')} AS date`, [next.startsAt]);
          requireNotice(a.convenedOn!, date, a.noticePeriodDays);
        }
      }
      const r = next.rules;
      await em.query(
        `UPDATE assemblies SET kind = $2, title_fr = $3, title_en = $4, starts_at = $5, place = $6, video_url = $7, preset = $8, notice_period_days = $9,
                quorum_type = $10, quorum_value = $11, proxies_allowed = $12, max_proxies_per_delegate = $13, delegates_per_member = $14, speaker_seconds = $15,
                updated_at = now()
          WHERE id = $1`,
        [id, next.kind, next.titleFr, next.titleEn, next.startsAt, next.place, next.videoUrl, r.preset, r.noticePeriodDays, r.quorumType, r.quorumValue,
          r.proxiesAllowed, r.maxProxiesPerDelegate, r.delegatesPerMember, r.speakerSeconds],
      );
      await this.audit.append(em, STREAM, actor, { action: 'assembly.updated', targetType: 'assembly', targetId: id, before, after: next });
    });
    return this.view.get(actor, id);
  }

  /** Cancels a draft or convened assembly; not once it is in session. */
  async cancel(actor: Actor, id: string): Promise<AssemblyDetail> {
    await this.ds.transaction(async (em) => {
      const a = await lockAssembly(em, id);
      if (a.status === 'cancelled') return;
      if (a.status !== 'draft' && a.status !== 'convened') throw assembliesError('ASSEMBLY_IN_SESSION');
      await em.query(`UPDATE assemblies SET status = 'cancelled', updated_at = now() WHERE id = $1`, [id]);
      await this.audit.append(em, STREAM, actor, { action: 'assembly.cancelled', targetType: 'assembly', targetId: id, before: { status: a.status }, after: { status: 'cancelled' } });
    });
    return this.view.get(actor, id);
  }

  async addAgendaItem(actor: Actor, id: string, dto: AssemblyAgendaItemDto): Promise<AssemblyDetail> {
    await this.ds.transaction(async (em) => {
      const a = await lockAssembly(em, id);
      requireEditable(a);
      await this.refreshDraftRules(em, actor, a);
      const [row] = await em.query<{ id: string; position: number }[]>(
        `INSERT INTO assembly_agenda_items (assembly_id, position, kind, title_fr, title_en, body_fr, body_en)
         SELECT $1, coalesce(max(position), 0) + 1, $2, $3, $4, $5, $6 FROM assembly_agenda_items WHERE assembly_id = $1 RETURNING id, position`,
        [id, dto.kind, dto.titleFr, dto.titleEn, dto.bodyFr ?? null, dto.bodyEn ?? null],
      );
      await this.audit.append(em, STREAM, actor, {
        action: 'assembly.agenda_item_added',
        targetType: 'assembly_agenda_item',
        targetId: row.id,
        after: { assemblyId: id, position: row.position, kind: dto.kind, titleFr: dto.titleFr, titleEn: dto.titleEn, bodyFr: dto.bodyFr ?? null, bodyEn: dto.bodyEn ?? null },
      });
    });
    return this.view.get(actor, id);
  }

  async updateAgendaItem(actor: Actor, id: string, itemId: string, dto: UpdateAssemblyAgendaItemDto): Promise<AssemblyDetail> {
    await this.ds.transaction(async (em) => {
      const a = await lockAssembly(em, id);
      requireEditable(a);
      await this.refreshDraftRules(em, actor, a);
      const item = await this.item(em, id, itemId);
      const before = { kind: item.kind, titleFr: item.titleFr, titleEn: item.titleEn, bodyFr: item.bodyFr, bodyEn: item.bodyEn };
      const after = {
        kind: dto.kind ?? item.kind,
        titleFr: dto.titleFr ?? item.titleFr,
        titleEn: dto.titleEn ?? item.titleEn,
        bodyFr: dto.bodyFr !== undefined ? dto.bodyFr : item.bodyFr,
        bodyEn: dto.bodyEn !== undefined ? dto.bodyEn : item.bodyEn,
      };
      if (JSON.stringify(after) === JSON.stringify(before)) return;
      await em.query(`UPDATE assembly_agenda_items SET kind = $2, title_fr = $3, title_en = $4, body_fr = $5, body_en = $6 WHERE id = $1`, [
        itemId, after.kind, after.titleFr, after.titleEn, after.bodyFr, after.bodyEn,
      ]);
      await this.audit.append(em, STREAM, actor, { action: 'assembly.agenda_item_updated', targetType: 'assembly_agenda_item', targetId: itemId, before, after });
    });
    return this.view.get(actor, id);
  }

  async removeAgendaItem(actor: Actor, id: string, itemId: string): Promise<AssemblyDetail> {
    await this.ds.transaction(async (em) => {
      const a = await lockAssembly(em, id);
      requireEditable(a);
      await this.refreshDraftRules(em, actor, a);
      const item = await this.item(em, id, itemId);
      await em.query(`DELETE FROM assembly_agenda_items WHERE id = $1`, [itemId]);
      // Close the gap, keeping the order.
      await em.query(`UPDATE assembly_agenda_items SET position = -position WHERE assembly_id = $1 AND position > $2`, [id, item.position]);
      await em.query(`UPDATE assembly_agenda_items SET position = -position - 1 WHERE assembly_id = $1 AND position < 0`, [id]);
      await this.audit.append(em, STREAM, actor, {
        action: 'assembly.agenda_item_removed',
        targetType: 'assembly_agenda_item',
        targetId: itemId,
        before: { assemblyId: id, position: item.position, kind: item.kind, titleFr: item.titleFr, titleEn: item.titleEn },
      });
    });
    return this.view.get(actor, id);
  }

  /** The agenda in a new order: the full list of its items, each once (400 otherwise). */
  async reorderAgenda(actor: Actor, id: string, dto: AssemblyAgendaOrderDto): Promise<AssemblyDetail> {
    await this.ds.transaction(async (em) => {
      const a = await lockAssembly(em, id);
      requireEditable(a);
      await this.refreshDraftRules(em, actor, a);
      const r = await reorder(em, 'assembly_agenda_items', id, dto.itemIds);
      if (r === 'mismatch') throw assembliesError('AGENDA_ORDER_MISMATCH');
      if (r === 'unchanged') return;
      const { before } = r;
      await this.audit.append(em, STREAM, actor, { action: 'assembly.agenda_reordered', targetType: 'assembly', targetId: id, before, after: dto.itemIds });
    });
    return this.view.get(actor, id);
  }

  /**
   * Names the chair (a person holding the assembly_chair role) and the credentials desk (people
   * holding a staff role of the desk), replacing the previous ones; until the assembly is over.
   */
  async setStaff(actor: Actor, id: string, dto: AssemblyStaffDto): Promise<AssemblyDetail> {
    await this.ds.transaction(async (em) => {
      const a = await lockAssembly(em, id);
      if (a.status === 'closed' || a.status === 'cancelled') throw assembliesError('ASSEMBLY_NOT_EDITABLE');
      await this.refreshDraftRules(em, actor, a);
      const ids = [...new Set([...(dto.chairId ? [dto.chairId] : []), ...dto.credentialsIds])];
      const people = await em.query<{ id: string; roles: Role[]; active: boolean }[]>(`SELECT id, roles, active FROM people WHERE id = ANY($1::uuid[])`, [ids]);
      const byId = new Map(people.map((p) => [p.id, p]));
      const fields: { field: string; messages: ReturnType<typeof fieldMessages> }[] = [];
      if (dto.chairId) {
        const p = byId.get(dto.chairId);
        if (!p || !p.active || !p.roles.includes('assembly_chair')) {
          fields.push({ field: 'chairId', messages: fieldMessages('chairId', { fr: 'La personne choisie au champ {field} doit avoir un compte actif et le rôle de présidence d’assemblée.', en: 'The person chosen as {field} must have an active account and the assembly chair role.' }) });
        }
      }
      const wrong = dto.credentialsIds.filter((pid) => {
        const p = byId.get(pid);
        return !p || !p.active || !p.roles.some((r) => DESK_ROLES.includes(r));
      });
      if (wrong.length) {
        fields.push({ field: 'credentialsIds', messages: fieldMessages('credentialsIds', { fr: 'Chaque personne du champ {field} doit avoir un compte actif et un rôle du personnel de la fédération.', en: 'Each person of {field} must have an active account and a staff role of the federation.' }) });
      }
      if (fields.length) throw commonError('VALIDATION_FAILED', {}, fields);
      const before = await em.query<{ personId: string; duty: string }[]>(`SELECT person_id AS "personId", duty FROM assembly_staff WHERE assembly_id = $1 ORDER BY duty, person_id`, [id]);
      const after = [...(dto.chairId ? [{ personId: dto.chairId, duty: 'chair' }] : []), ...dto.credentialsIds.map((personId) => ({ personId, duty: 'credentials' }))].sort(
        (x, y) => x.duty.localeCompare(y.duty) || x.personId.localeCompare(y.personId),
      );
      if (JSON.stringify(before) === JSON.stringify(after)) return;
      await em.query(`DELETE FROM assembly_staff WHERE assembly_id = $1`, [id]);
      await em.query(`INSERT INTO assembly_staff (assembly_id, person_id, duty) SELECT $1, x.p, x.d FROM unnest($2::uuid[], $3::varchar[]) AS x(p, d)`, [
        id, after.map((s) => s.personId), after.map((s) => s.duty),
      ]);
      await this.audit.append(em, STREAM, actor, { action: 'assembly.staff_named', targetType: 'assembly', targetId: id, before, after });
    });
    return this.view.get(actor, id);
  }

  /**
   * Convenes the assembly: refused when its date is earlier than the notice period allows from
   * today; the rules are taken from the settings a last time and frozen; one message in their
   * language goes to every delegate (active account, current designation) of a member in good
   * standing, with the agenda, through the outbox, in the same transaction.
   */
  async convene(actor: Actor, id: string): Promise<AssemblyDetail> {
    await this.ds.transaction(async (em) => {
      const a = await lockAssembly(em, id);
      if (a.status !== 'draft') throw a.status === 'convened' ? assembliesError('ASSEMBLY_ALREADY_CONVENED') : assembliesError('ASSEMBLY_NOT_EDITABLE');
      const rules = await rulesFromSettings(em);
      requireNotice(a.today, a.date, rules.noticePeriodDays);
      await em.query(
        `UPDATE assemblies SET status = 'convened', convened_at = now(), preset = $2, notice_period_days = $3, quorum_type = $4, quorum_value = $5, proxies_allowed = $6,
                max_proxies_per_delegate = $7, delegates_per_member = $8, speaker_seconds = $9, updated_at = now()
          WHERE id = $1`,
        [id, rules.preset, rules.noticePeriodDays, rules.quorumType, rules.quorumValue, rules.proxiesAllowed, rules.maxProxiesPerDelegate, rules.delegatesPerMember, rules.speakerSeconds],
      );
      const agenda = await em.query<{ titleFr: string; titleEn: string }[]>(
        `SELECT title_fr AS "titleFr", title_en AS "titleEn" FROM assembly_agenda_items WHERE assembly_id = $1 ORDER BY position`,
        [id],
      );
      const recipients = await em.query<{ id: string; email: string; fullName: string; language: Language; memberName: string }[]>(
        `SELECT p.id, p.email, p.full_name AS "fullName", p.preferred_language AS language, m.legal_name AS "memberName"
           FROM delegates d JOIN people p ON p.id = d.person_id JOIN members m ON m.id = d.member_id
          WHERE d.ended_at IS NULL AND p.active AND ${STANDING_SQL} = 'good_standing'
          ORDER BY p.full_name, p.id`,
      );
      for (const r of recipients) {
        await this.mail.queue(em, {
          to: r.email,
          personId: r.id,
          template: 'assembly_convocation',
          language: r.language,
          params: {
            fullName: r.fullName,
            memberName: r.memberName,
            kind: a.kind,
            titleFr: a.titleFr,
            titleEn: a.titleEn,
            startsAt: new Date(a.startsAt).toISOString(),
            place: a.place,
            videoUrl: a.videoUrl,
            agendaFr: agenda.map((i) => i.titleFr),
            agendaEn: agenda.map((i) => i.titleEn),
            link: this.mail.link(`/assemblies/${id}`),
          },
        });
      }
      await this.audit.append(em, STREAM, actor, {
        action: 'assembly.convened',
        targetType: 'assembly',
        targetId: id,
        before: { status: a.status },
        after: { status: 'convened', rules, recipients: recipients.map((r) => r.id) },
      });
    });
    return this.view.get(actor, id);
  }

  /**
   * A draft follows the bylaw settings: any change to it (agenda, duties) takes their rules again,
   * audited when they moved. A convened assembly keeps the rules it was convened under.
   */
  private async refreshDraftRules(em: EntityManager, actor: Actor, a: LockedAssembly): Promise<void> {
    if (a.status !== 'draft') return;
    const before = rulesOf(a);
    const r = await rulesFromSettings(em);
    if (JSON.stringify(before) === JSON.stringify(r)) return;
    await em.query(
      `UPDATE assemblies SET preset = $2, notice_period_days = $3, quorum_type = $4, quorum_value = $5, proxies_allowed = $6, max_proxies_per_delegate = $7,
              delegates_per_member = $8, speaker_seconds = $9, updated_at = now()
        WHERE id = $1`,
      [a.id, r.preset, r.noticePeriodDays, r.quorumType, r.quorumValue, r.proxiesAllowed, r.maxProxiesPerDelegate, r.delegatesPerMember, r.speakerSeconds],
    );
    await this.audit.append(em, STREAM, actor, { action: 'assembly.updated', targetType: 'assembly', targetId: a.id, before: { rules: before }, after: { rules: r } });
  }

  private async item(em: EntityManager, id: string, itemId: string) {
    const [item] = await em.query<{ position: number; kind: AgendaItemKind; titleFr: string; titleEn: string; bodyFr: string | null; bodyEn: string | null }[]>(
      `SELECT position, kind, title_fr AS "titleFr", title_en AS "titleEn", body_fr AS "bodyFr", body_en AS "bodyEn"
         FROM assembly_agenda_items WHERE id = $1 AND assembly_id = $2 FOR UPDATE`,
      [itemId, id],
    );
    if (!item) throw assembliesError('AGENDA_ITEM_NOT_FOUND');
    return item;
  }
}
