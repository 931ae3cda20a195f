import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { ASSEMBLY_KINDS, type AssemblyDetail, type AssemblyKind } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { type ErrorView, toErrorView } from '../../core/http/api-error';
import { ErrorMessage } from '../../core/ui/error-message';
import { FieldError, fieldAria } from '../../core/ui/field-error';
import { FocusFirstError } from '../../core/ui/focus';
import { AssembliesApi } from '../assemblies.api';

/** An ISO instant as the browser's local date and time for a datetime-local field. */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Plan a general assembly (/assemblies/new) or change one not yet held (/assemblies/:id/edit): kind, titles in fr and en, date and time, place and/or video link. */
@Component({
  selector: 'app-assembly-form',
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, ErrorMessage, FieldError, FocusFirstError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './assembly-form.html',
})
export class AssemblyForm {
  private readonly api = inject(AssembliesApi);
  private readonly router = inject(Router);
  /** Set on /assemblies/:id/edit. */
  readonly id = input<string>();
  protected readonly kinds = ASSEMBLY_KINDS;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    kind: ['annual' as AssemblyKind, Validators.required],
    titleFr: ['', Validators.required],
    titleEn: ['', Validators.required],
    startsAt: ['', Validators.required],
    place: [''],
    videoUrl: [''],
  });
  protected readonly error = signal<ErrorView | null>(null);
  protected readonly busy = signal(false);
  protected readonly loaded = signal(true);
  protected readonly aria = fieldAria;

  constructor() {
    effect(() => {
      const id = this.id();
      if (!id) return;
      this.loaded.set(false);
      this.api.get(id).subscribe({
        next: (a) => this.fill(a),
        error: (err: unknown) => this.error.set(toErrorView(err)),
      });
    });
  }

  private fill(a: AssemblyDetail): void {
    this.form.setValue({ kind: a.kind, titleFr: a.titleFr, titleEn: a.titleEn, startsAt: toLocalInput(a.startsAt), place: a.place ?? '', videoUrl: a.videoUrl ?? '' });
    this.loaded.set(true);
  }

  protected submit(): void {
    const v = this.form.getRawValue();
    // The browser's local date and time, sent with its offset; an empty or bad value goes as is and the API names the field.
    const date = v.startsAt ? new Date(v.startsAt) : null;
    const startsAt = date && !Number.isNaN(date.getTime()) ? date.toISOString() : v.startsAt;
    const body = { kind: v.kind, titleFr: v.titleFr.trim(), titleEn: v.titleEn.trim(), startsAt, place: v.place.trim() || null, videoUrl: v.videoUrl.trim() || null };
    const id = this.id();
    this.busy.set(true);
    this.error.set(null);
    (id ? this.api.update(id, body) : this.api.create(body)).subscribe({
      next: (a) => void this.router.navigate(['/assemblies', a.id]),
      error: (err: unknown) => {
        this.busy.set(false);
        this.error.set(toErrorView(err));
      },
    });
  }
}
