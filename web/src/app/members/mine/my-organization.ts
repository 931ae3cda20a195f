import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import type { Delegate, DelegateRequest, Member, MemberContactRequest } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../core/auth/auth.service';
import { type ErrorView, toErrorView } from '../../core/http/api-error';
import { ErrorMessage } from '../../core/ui/error-message';
import { FieldError, fieldAria } from '../../core/ui/field-error';
import { MembersApi } from '../members.api';

/**
 * "My organization" (/my-organization), for a delegate: its standing and dues, its delegates, its
 * contact details kept up to date, and requests to add or replace a delegate, which the
 * administrator decides. The API checks that the person is a delegate of this very member.
 */
@Component({
  selector: 'app-my-organization',
  imports: [ReactiveFormsModule, TranslatePipe, ErrorMessage, FieldError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-organization.html',
})
export class MyOrganization {
  private readonly api = inject(MembersApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly auth = inject(AuthService);
  protected readonly aria = fieldAria;
  protected readonly memberId = computed(() => this.auth.user()?.delegateOf?.memberId ?? null);

  protected readonly member = signal<Member | null>(null);
  protected readonly delegates = signal<Delegate[]>([]);
  protected readonly requests = signal<DelegateRequest[]>([]);
  protected readonly loadError = signal<ErrorView | null>(null);

  protected readonly contact = this.fb.group({ address: [''], postalCode: [''], phone: [''], email: [''], website: [''] });
  protected readonly contactError = signal<ErrorView | null>(null);
  protected readonly contactSaved = signal(false);
  protected readonly contactBusy = signal(false);

  protected readonly request = this.fb.group({ fullName: [''], email: [''], birthYear: [''], replacesDelegateId: [''] });
  protected readonly requestError = signal<ErrorView | null>(null);
  protected readonly requestSent = signal(false);
  protected readonly requestBusy = signal(false);

  constructor() {
    effect(() => {
      const id = this.memberId();
      if (id) this.load(id);
    });
  }

  private load(id: string): void {
    this.loadError.set(null);
    this.api.get(id).pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (m) => {
        this.member.set(m);
        this.contact.reset({ address: m.address ?? '', postalCode: m.postalCode ?? '', phone: m.phone ?? '', email: m.email ?? '', website: m.website ?? '' });
      },
      error: (err: unknown) => this.loadError.set(toErrorView(err)),
    });
    this.api.delegates(id).pipe(takeUntilDestroyed(this.destroyRef)).subscribe({ next: (d) => this.delegates.set(d), error: (err: unknown) => this.loadError.set(toErrorView(err)) });
    this.loadRequests(id);
  }

  private loadRequests(id: string): void {
    this.api.delegateRequests(id).pipe(takeUntilDestroyed(this.destroyRef)).subscribe({ next: (r) => this.requests.set(r), error: (err: unknown) => this.loadError.set(toErrorView(err)) });
  }

  protected saveContact(): void {
    const id = this.memberId();
    if (!id) return;
    const v = this.contact.getRawValue();
    const body: MemberContactRequest = {
      address: v.address.trim() || null,
      postalCode: v.postalCode.trim() || null,
      phone: v.phone.trim() || null,
      email: v.email.trim() || null,
      website: v.website.trim() || null,
    };
    this.contactBusy.set(true);
    this.contactError.set(null);
    this.contactSaved.set(false);
    this.api.updateContact(id, body).subscribe({
      next: (m) => {
        this.contactBusy.set(false);
        this.member.set(m);
        this.contact.reset({ address: m.address ?? '', postalCode: m.postalCode ?? '', phone: m.phone ?? '', email: m.email ?? '', website: m.website ?? '' });
        this.contactSaved.set(true);
      },
      error: (err: unknown) => {
        this.contactBusy.set(false);
        this.contactError.set(toErrorView(err));
      },
    });
  }

  protected sendRequest(): void {
    const id = this.memberId();
    if (!id) return;
    const v = this.request.getRawValue();
    const year = v.birthYear.trim();
    this.requestBusy.set(true);
    this.requestError.set(null);
    this.requestSent.set(false);
    this.api
      .requestDelegate(id, {
        fullName: v.fullName.trim(),
        email: v.email.trim(),
        birthYear: year ? Number(year) : null,
        replacesDelegateId: v.replacesDelegateId || null,
      })
      .subscribe({
        next: () => {
          this.requestBusy.set(false);
          this.request.reset();
          this.requestSent.set(true);
          this.loadRequests(id);
        },
        error: (err: unknown) => {
          this.requestBusy.set(false);
          this.requestError.set(toErrorView(err));
        },
      });
  }
}
