import { useMutation } from "@tanstack/react-query";
import { Form, type FormInstance } from "antd";
import { useEffect, useRef } from "react";
import { useShowError } from "./errors";
import { type RequestSchema, useRequestCheck } from "./requestCheck";

interface Options<V, B, R> {
  open: boolean;
  /** Field values to start from each time the dialog opens. */
  defaults: () => Partial<V>;
  /** The request contract the body must satisfy before it is sent. */
  schema: RequestSchema<B>;
  toBody: (values: V) => unknown;
  send: (body: B) => Promise<R>;
  /** After the server accepted: say so, refresh what changed, close. */
  onDone: (result: R) => void;
}

/**
 * The life of a create/edit dialog: reset to its defaults on opening, validate the fields, check the
 * body against its contract, send it, and put the server's field errors back on the form.
 */
export function useFormDialog<V, B, R>(o: Options<V, B, R>) {
  const [form] = Form.useForm<V>();
  const showError = useShowError();
  const check = useRequestCheck();
  const latest = useRef(o);
  latest.current = o;

  useEffect(() => {
    if (!o.open) return;
    form.resetFields();
    form.setFieldsValue(latest.current.defaults() as Parameters<FormInstance<V>["setFieldsValue"]>[0]);
  }, [o.open, form]);

  const mutation = useMutation({
    mutationFn: (body: B) => latest.current.send(body),
    onSuccess: (result) => latest.current.onDone(result),
    onError: (e) => showError(e, form),
  });

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const body = check(latest.current.schema, latest.current.toBody(values), form);
    if (body) mutation.mutate(body);
  };

  return { form, submit, pending: mutation.isPending };
}
