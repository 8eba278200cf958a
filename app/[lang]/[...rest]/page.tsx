import { notFound } from 'next/navigation';

// Any path that matches no route shows the language's not-found page.
export default function UnknownPath() {
  notFound();
}
