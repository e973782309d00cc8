import { h, uid } from './dom.ts';

/**
 * A file picker that also takes a dropped file. The native <input type="file"> stays the
 * control (keyboard and screen readers know it); the zone around it only adds drag and drop.
 * Files are read by the caller (in a worker for CBS tables); nothing is uploaded anywhere.
 */
export interface FileDropProps {
  label: string;
  description: string;
  accept: string;
  focusKey: string;
  /** Shown in the zone while a file is dragged over it. */
  dropHint: string;
  onFile(file: File): void;
}

export function fileDrop(p: FileDropProps): HTMLElement {
  const id = uid('file');
  const descId = uid('file-desc');
  const input = h('input', { id, type: 'file', accept: p.accept, class: 'sb-file__input', 'aria-describedby': descId, 'data-focus-key': p.focusKey });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) p.onFile(file);
    input.value = '';
  });
  const hint = h('p', { class: 'sb-file__hint', 'aria-hidden': 'true' }, p.dropHint);
  const zone = h(
    'div',
    { class: 'sb-file', 'data-drop': p.focusKey },
    h('label', { class: 'utrecht-form-label sb-file__label', for: id }, p.label),
    h('p', { class: 'utrecht-form-field-description sb-file__description', id: descId }, p.description),
    input,
    hint,
  );
  zone.addEventListener('dragover', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    zone.classList.add('sb-file--over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('sb-file--over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('sb-file--over');
    const file = event.dataTransfer?.files[0];
    if (file) p.onFile(file);
  });
  return zone;
}
