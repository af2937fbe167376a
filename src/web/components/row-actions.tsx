import { ActionIcon, Group, Tooltip } from "@mantine/core";
import { DeleteIcon, EditIcon } from "./icons.js";

type Props = {
  /** What each button says it does, naming the row, e.g. "Edit membership of City Hall". */
  editLabel: string;
  removeLabel: string;
  /** The short words shown on hover: "Edit", "Delete" or "Remove". */
  editTooltip: string;
  removeTooltip: string;
  /** Left out when the row's abilities do not allow it; the button is then not shown. */
  onEdit?: (() => void) | undefined;
  onRemove?: (() => void) | undefined;
};

/** The edit and delete buttons at the end of a table row, those the row allows, pinned to its right edge when the table scrolls sideways. */
export function RowActions({ editLabel, removeLabel, editTooltip, removeTooltip, onEdit, onRemove }: Props) {
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap" data-row-actions>
      {onEdit && (
        <Tooltip label={editTooltip}>
          <ActionIcon variant="subtle" color="gray" aria-label={editLabel} onClick={onEdit}>
            <EditIcon />
          </ActionIcon>
        </Tooltip>
      )}
      {onRemove && (
        <Tooltip label={removeTooltip}>
          <ActionIcon variant="subtle" color="red" aria-label={removeLabel} onClick={onRemove}>
            <DeleteIcon />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}
