import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { MEMBER_KINDS, type Member, type MemberKind, type MemberRequest, REGIONS, type Region, SECTORS, type Sector } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { type Observable, catchError, of } from 'rxjs';
import { CollegesApi, collegeName } from '../../colleges/colleges.api';
import { type ErrorView, toErrorView } from '../../core/http/api-error';
import { LanguageService } from '../../core/i18n/language.service';
import { ErrorMessage } from '../../core/ui/error-message';
import { FieldError, fieldAria } from '../../core/ui/field-error';
import { MembersApi } from '../members.api';
import { FocusFirstError } from '../../core/ui/focus';

/** Create (/members/new) or edit (/members/:id/edit) a member organization. The API validates. */
@Component({
  selector: 'app-member-form',
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, ErrorMessage, FieldError, FocusFirstError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './member-form.html',
})
export class MemberForm implements OnInit {
  private readonly api = inject(MembersApi);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly language = inject(LanguageService).language;
  readonly id = input<string>();

  protected readonly kinds = MEMBER_KINDS;
  protected readonly sectors = SECTORS;
  protected readonly regions = REGIONS;
  protected readonly colleges = toSignal(inject(CollegesApi).list().pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly collegeName = collegeName;
  protected readonly aria = fieldAria;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    legalName: [''],
    neq: [''],
    kind: [''],
    sector: [''],
    region: [''],
    collegeId: [''],
    duesPaidUntil: [''],
    city: [''],
    address: [''],
    postalCode: [''],
    phone: [''],
    email: [''],
    website: [''],
  });
  protected readonly error = signal<ErrorView | null>(null);
  protected readonly loadError = signal<ErrorView | null>(null);
  protected readonly busy = signal(false);

  ngOnInit(): void {
    const id = this.id();
    if (!id) return;
    this.api.get(id).pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (m: Member) =>
        this.form.reset({ legalName: m.legalName, neq: m.neq ?? '', kind: m.kind, sector: m.sector, region: m.region, collegeId: m.collegeId, duesPaidUntil: m.duesPaidUntil ?? '', city: m.city ?? '',
          address: m.address ?? '', postalCode: m.postalCode ?? '', phone: m.phone ?? '', email: m.email ?? '', website: m.website ?? '' }),
      error: (err: unknown) => this.loadError.set(toErrorView(err)),
    });
  }

  protected submit(): void {
    const v = this.form.getRawValue();
    const body: MemberRequest = {
      legalName: v.legalName.trim(),
      neq: v.neq.replace(/\s/g, '') || null,
      kind: v.kind as MemberKind,
      sector: v.sector as Sector,
      region: v.region as Region,
      collegeId: v.collegeId,
      duesPaidUntil: v.duesPaidUntil || null,
      city: v.city.trim() || null,
      address: v.address.trim() || null,
      postalCode: v.postalCode.trim() || null,
      phone: v.phone.trim() || null,
      email: v.email.trim() || null,
      website: v.website.trim() || null,
    };
    const id = this.id();
    const call: Observable<Member> = id ? this.api.update(id, body) : this.api.create(body);
    this.busy.set(true);
    this.error.set(null);
    call.subscribe({
      next: (member) => void this.router.navigate(['/members', member.id]),
      error: (err: unknown) => {
        this.busy.set(false);
        this.error.set(toErrorView(err));
      },
    });
  }
}
