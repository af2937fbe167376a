import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { isApiError } from "../api/client.js";
import { notifyError } from "../components/notify.js";
import { fieldMessagesFromSchema, fieldMessagesFromServer, type FieldMessages } from "./form-errors.js";
import { ValidationMessage } from "./validation-message.js";

type FormErrors = Record<string, React.ReactNode>;

function useValidatedForm<Values extends Record<string, unknown>>(initialValues: Values, validate: (values: Values) => FormErrors) {
  return useForm({ mode: "controlled", initialValues, validate });
}

// @mantine/form's ESM type entry re-exports its types from a path NodeNext cannot resolve, so the
// form's type is taken from the hook itself.
export type Form<Values extends Record<string, unknown>> = ReturnType<typeof useValidatedForm<Values>>;

function asErrors(messages: FieldMessages): FormErrors {
  const errors: FormErrors = {};
  for (const [field, message] of Object.entries(messages)) errors[field] = <ValidationMessage message={message} />;
  return errors;
}

type Options<Values, Schema extends z.ZodType> = {
  schema: Schema;
  initialValues: Values;
  onSubmit: (body: z.output<Schema>, values: Values) => Promise<unknown>;
  /** What the schema is given, when the form holds more than the request (default: the values as they are). */
  toInput?: (values: Values) => unknown;
  /** Errors by full path (`slots.2.label.en`), for forms with lists of objects. */
  nested?: boolean;
};

export type SchemaForm<Values extends Record<string, unknown>> = {
  form: Form<Values>;
  handleSubmit: (event?: React.FormEvent<HTMLFormElement>) => void;
};

/**
 * A Mantine form validated by a contract schema (the same one the server applies), with messages in
 * the current language; the server's field errors land next to their field and any other error in a notification.
 */
export function useSchemaForm<Values extends Record<string, unknown>, Schema extends z.ZodType>({
  schema,
  initialValues,
  onSubmit,
  toInput = (values) => values,
  nested = false,
}: Options<Values, Schema>): SchemaForm<Values> {
  const { t } = useTranslation();
  const form = useValidatedForm(initialValues, (values) => asErrors(fieldMessagesFromSchema(schema, toInput(values), nested)));

  const submit = async (values: Values) => {
    const parsed = schema.safeParse(toInput(values));
    if (!parsed.success) return;
    try {
      await onSubmit(parsed.data, values);
    } catch (error) {
      if (isApiError(error) && error.details.length > 0) {
        const { messages, others } = fieldMessagesFromServer(error.details, Object.keys(values), nested);
        form.setErrors(asErrors(messages));
        if (others.length === 0) return;
      }
      notifyError(error, t("errors.saveFailed"), t);
    }
  };

  return { form, handleSubmit: form.onSubmit((values) => submit(values)) };
}
