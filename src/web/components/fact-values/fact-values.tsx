/**
 * The value of one fact on a card: a single value as text, several as a short list,
 * so a screen reader announces how many there are (several ages, several levels).
 */
export function FactValues(props: { values: readonly string[] }) {
  const { values } = props;
  if (values.length === 1) return <>{values[0]}</>;
  return (
    <ul class="hw-facts__list">
      {values.map((value) => (
        <li>{value}</li>
      ))}
    </ul>
  );
}
