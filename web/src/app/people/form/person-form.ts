import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { LANGUAGES, type Language, type Person, type Role, STAFF_ROLES } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import type { Observable } from 'rxjs';
import { type ErrorView, toErrorView } from '../../core/http/api-error';
import { ErrorMessage } from '../../core/ui/error-message';
import { FieldError, fieldAria } from '../../core/ui/field-error';
import { PeopleApi } from '../people.api';
import { FocusFirstError } from '../../core/ui/focus';

/** Create an account (/people/new) or edit one (/people/:id/edit). Roles: staff roles only. */
/** Typed as a language, so the form control accepts only the languages of the contracts. */
const FRENCH: Language = 'fr';

@Component({
  selector: 'app-person-form',
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, ErrorMessage, FieldError, FocusFirstError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './person-form.html',
})
export class PersonForm implements OnInit {
  private readonly api = inject(PeopleApi);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  readonly id = input<string>();

  protected readonly staffRoles = STAFF_ROLES;
  protected readonly languages = LANGUAGES;
  protected readonly aria = fieldAria;
  protected readonly person = signal<Person | null>(null);
  protected readonly error = signal<ErrorView | null>(null);
  protected readonly loadError = signal<ErrorView | null>(null);
  protected readonly busy = signal(false);
  protected readonly inviting = signal(false);
  protected readonly invited = signal(false);
  protected readonly inviteError = signal<ErrorView | null>(null);

  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly form = this.fb.group({
    email: [''],
    fullName: [''],
    preferredLanguage: [FRENCH],
    birthYear: [null as number | null],
    active: [true],
    roles: this.fb.group(Object.fromEntries(STAFF_ROLES.map((r) => [r, false])) as Record<Role, boolean>),
  });

  ngOnInit(): void {
    const id = this.id();
    if (!id) return;
    // The list passes the person along; a direct visit loads it.
    const passed = (history.state as { person?: Person } | null)?.person;
    if (passed?.id === id) {
      this.fill(passed);
      return;
    }
    this.api.get(id).pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (person) => this.fill(person),
      error: (err: unknown) => this.loadError.set(toErrorView(err)),
    });
  }

  private fill(person: Person): void {
    this.person.set(person);
    const roles = Object.fromEntries(STAFF_ROLES.map((r) => [r, person.roles.includes(r)])) as Record<Role, boolean>;
    this.form.reset({ email: person.email, fullName: person.fullName, preferredLanguage: person.preferredLanguage, birthYear: person.birthYear, active: person.active, roles });
  }

  protected resendInvitation(): void {
    const id = this.id();
    if (!id) return;
    this.inviting.set(true);
    this.invited.set(false);
    this.inviteError.set(null);
    this.api.resendInvitation(id).subscribe({
      next: () => {
        this.inviting.set(false);
        this.invited.set(true);
      },
      error: (err: unknown) => {
        this.inviting.set(false);
        this.inviteError.set(toErrorView(err));
      },
    });
  }

  protected submit(): void {
    const v = this.form.getRawValue();
    const roles = STAFF_ROLES.filter((r) => v.roles[r]);
    const birthYear = v.birthYear === null || `${v.birthYear}` === '' ? null : Number(v.birthYear);
    const id = this.id();
    const call: Observable<Person> = id
      ? this.api.update(id, { fullName: v.fullName.trim(), preferredLanguage: v.preferredLanguage, birthYear, roles, active: v.active })
      : this.api.create({ email: v.email.trim(), fullName: v.fullName.trim(), preferredLanguage: v.preferredLanguage, birthYear, roles });
    this.busy.set(true);
    this.error.set(null);
    call.subscribe({
      next: () => void this.router.navigate(['/people']),
      error: (err: unknown) => {
        this.busy.set(false);
        this.error.set(toErrorView(err));
      },
    });
  }
}
