import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { type AssemblyDetail, PERMISSIONS, type Person, type Role } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { EMPTY, expand, map, reduce } from 'rxjs';
import { type ErrorView, toErrorView } from '../../core/http/api-error';
import { ErrorMessage } from '../../core/ui/error-message';
import { FieldError } from '../../core/ui/field-error';
import { PeopleApi } from '../../people/people.api';
import { AssembliesApi } from '../assemblies.api';
import { AssemblyCall } from '../assembly-call';

const PAGE = 200;
/** Who may sit at the credentials desk: the staff roles (the same list as the desk's permission). */
const DESK_ROLES: readonly Role[] = (PERMISSIONS['assemblies.credentials'] as readonly string[]).filter((r): r is Role => r !== 'public');

/** Duties on this assembly (administrator): its chair, among the people holding the chair role, and the credentials desk, among the staff. */
@Component({
  selector: 'app-assembly-duties',
  imports: [FormsModule, TranslatePipe, ErrorMessage, FieldError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './assembly-duties.html',
})
export class AssemblyDuties {
  private readonly api = inject(AssembliesApi);
  private readonly people = inject(PeopleApi);
  readonly assembly = input.required<AssemblyDetail>();
  readonly changed = output<AssemblyDetail>();
  protected readonly call = new AssemblyCall();
  protected readonly loadError = signal<ErrorView | null>(null);
  protected readonly staff = signal<Person[] | null>(null);
  protected readonly chairs = computed(() => (this.staff() ?? []).filter((p) => p.roles.includes('assembly_chair')));
  protected readonly deskPeople = computed(() => (this.staff() ?? []).filter((p) => p.roles.some((r) => DESK_ROLES.includes(r))));
  protected chairId = '';
  protected desk: Record<string, boolean> = {};

  constructor() {
    // Every account, page after page (the directory has no role filter); only staff are kept.
    this.people
      .list({ page: 1, pageSize: PAGE })
      .pipe(
        expand((page) => (page.page * page.pageSize < page.total && page.page < 20 ? this.people.list({ page: page.page + 1, pageSize: PAGE }) : EMPTY)),
        map((page) => page.items.filter((p) => p.active && p.roles.some((r) => DESK_ROLES.includes(r)))),
        reduce((all, items) => [...all, ...items], [] as Person[]),
      )
      .subscribe({ next: (list) => this.staff.set(list), error: (err: unknown) => this.loadError.set(toErrorView(err)) });
    effect(() => this.reset(this.assembly()));
  }

  private reset(a: AssemblyDetail): void {
    this.chairId = a.staff.find((s) => s.duty === 'chair')?.personId ?? '';
    this.desk = Object.fromEntries(a.staff.filter((s) => s.duty === 'credentials').map((s) => [s.personId, true]));
  }

  protected save(): void {
    const credentialsIds = Object.keys(this.desk).filter((id) => this.desk[id]);
    this.call.run(this.api.staff(this.assembly().id, this.chairId || null, credentialsIds), 'assemblies.duties.saved', (a) => this.changed.emit(a));
  }
}
