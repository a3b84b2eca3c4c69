// The reason the furniture stage gives for a line its model removed, shared with the review queue (which lists every
// such line) without the model itself.
export const learnedReason = 'reads as page furniture (learned model)';
