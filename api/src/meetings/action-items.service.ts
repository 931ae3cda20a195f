import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { can, STAFF_ROLES, type BoardActionItem, type BoardMeeting } from '@concerto/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { commonError } from '../common/app-error';
import type { Actor } from '../common/actor';
import { ActionItemDto, UpdateActionItemDto } from './dto/meeting.dto';
import { lockMeeting, MEETINGS_STREAM, personName, requireNotCancelled } from './meeting-queries';
import { ACTION_ITEM_SELECT, type ActionItemRow, MeetingViewService, toActionItem } from './meeting-view.service';
import { meetingsError } from './meetings.errors';

type Fields = Pick<BoardActionItem, 'description' | 'ownerId' | 'dueOn' | 'status'>;

/** Action items of a meeting: the secretary and administrators manage them; each owner updates the status of their own. */
@Injectable()
export class ActionItemsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly view: MeetingViewService,
  ) {}

  /** The caller's open action items, soonest due first (for the dashboard). */
  async mine(actor: Actor): Promise<BoardActionItem[]> {
    const rows = await this.ds.query<ActionItemRow[]>(`${ACTION_ITEM_SELECT} WHERE ai.owner_id = $1 AND ai.status = 'open' ORDER BY ai.due_on NULLS LAST, m.starts_at, ai.id LIMIT 200`, [actor.id]);
    return rows.map(toActionItem);
  }

  async create(actor: Actor, meetingId: string, dto: ActionItemDto): Promise<BoardMeeting> {
    await this.ds.transaction(async (em) => {
      requireNotCancelled(await lockMeeting(em, meetingId));
      await personName(em, dto.ownerId);
      const [row] = await em.query<{ id: string }[]>(
        `INSERT INTO board_action_items (meeting_id, description, owner_id, due_on) VALUES ($1, $2, $3, $4) RETURNING id`,
        [meetingId, dto.description, dto.ownerId, dto.dueOn ?? null],
      );
      await this.audit.append(em, MEETINGS_STREAM, actor, {
        action: 'action_item.created',
        targetType: 'action_item',
        targetId: row.id,
        after: { meetingId, description: dto.description, ownerId: dto.ownerId, dueOn: dto.dueOn ?? null, status: 'open' },
      });
    });
    return this.view.get(meetingId);
  }

  /**
   * The secretary and administrators change anything; the owner changes only the status of
   * their own item. Anyone else: 403, whether or not the item exists.
   */
  async update(actor: Actor, id: string, dto: UpdateActionItemDto): Promise<BoardActionItem> {
    const staff = can(actor.roles.filter((r) => STAFF_ROLES.includes(r)), 'actionItems.update');
    await this.ds.transaction(async (em) => {
      const [row] = await em.query<(Fields & { meetingId: string })[]>(
        `SELECT meeting_id AS "meetingId", description, owner_id AS "ownerId", to_char(due_on, 'YYYY-MM-DD') AS "dueOn", status FROM board_action_items WHERE id = $1 FOR UPDATE`,
        [id],
      );
      const owner = row?.ownerId === actor.id;
      if (!staff && !owner) throw commonError('FORBIDDEN');
      if (!row) throw meetingsError('ACTION_ITEM_NOT_FOUND');
      const onlyStatus = dto.description === undefined && dto.ownerId === undefined && dto.dueOn === undefined;
      if (!staff && !onlyStatus) throw commonError('FORBIDDEN');
      if (dto.ownerId !== undefined) await personName(em, dto.ownerId);
      const before: Fields = { description: row.description, ownerId: row.ownerId, dueOn: row.dueOn, status: row.status };
      const after: Fields = {
        description: dto.description ?? before.description,
        ownerId: dto.ownerId ?? before.ownerId,
        dueOn: dto.dueOn === undefined ? before.dueOn : dto.dueOn,
        status: dto.status ?? before.status,
      };
      if (JSON.stringify(before) === JSON.stringify(after)) return;
      await em.query(`UPDATE board_action_items SET description = $2, owner_id = $3, due_on = $4, status = $5, updated_at = now() WHERE id = $1`, [
        id,
        after.description,
        after.ownerId,
        after.dueOn,
        after.status,
      ]);
      await this.audit.append(em, MEETINGS_STREAM, actor, { action: 'action_item.updated', targetType: 'action_item', targetId: id, before, after });
    });
    const [item] = await this.ds.query<ActionItemRow[]>(`${ACTION_ITEM_SELECT} WHERE ai.id = $1`, [id]);
    return toActionItem(item);
  }
}
