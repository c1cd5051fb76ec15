import { MODEL_IDS, MODEL_TITLES } from "@/lib/arch/models";

/** The options of a model drop-down: every model the engine knows, by its title. */
export function ModelOptions() {
  return MODEL_IDS.map((id) => (
    <option key={id} value={id}>
      {MODEL_TITLES[id]}
    </option>
  ));
}
