import { useLocale } from "@kepu/ui";
import { type Role, roles } from "../graphql/types.js";

/** Checkboxes for a unit's roles, labelled so each can be found by its name. */
export function RolePicker({
  legend,
  value,
  onChange,
  name,
}: {
  legend: string;
  value: Role[];
  onChange: (roles: Role[]) => void;
  name: string;
}) {
  const { t } = useLocale();
  return (
    <fieldset className="kepu-fieldset">
      <legend>{legend}</legend>
      {roles.map((role) => (
        <label key={role} className="kepu-inline">
          <input
            type="checkbox"
            name={name}
            value={role}
            checked={value.includes(role)}
            onChange={(e) =>
              onChange(
                e.target.checked
                  ? roles.filter((r) => r === role || value.includes(r))
                  : value.filter((r) => r !== role),
              )
            }
          />
          {t(`role.${role}`)}
        </label>
      ))}
    </fieldset>
  );
}
