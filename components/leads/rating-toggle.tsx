"use client";
import type { Rating } from "@/lib/leads/types";
import styles from "./qualify.module.css";

export const RATING_LABELS: Record<Rating, string> = { cold: "Cold", warm: "Warm", hot: "Hot" };

/** Three large toggles; tapping the chosen one again clears the rating. Colour is never the only cue. */
export function RatingToggle({ value, onChange }: { value: Rating | null; onChange: (rating: Rating | null) => void }) {
  return (
    <fieldset>
      <legend>Rating</legend>
      <div className={styles.ratings}>
        {(Object.keys(RATING_LABELS) as Rating[]).map((rating) => (
          <button
            key={rating}
            type="button"
            className={styles.rating}
            data-rating={rating}
            aria-pressed={value === rating}
            onClick={() => onChange(value === rating ? null : rating)}
          >
            {RATING_LABELS[rating]}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
