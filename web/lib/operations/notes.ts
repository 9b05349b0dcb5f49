import { graphql } from '@/lib/gql';

export const CompanyNotesQuery = graphql(`
  query CompanyNotes($id: ID!, $first: Int, $after: String) {
    company(id: $id) {
      id
      notes(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges {
          node {
            id
            text
            isPinned
            createdAt
            viewerCanEdit
            viewerCanPin
            author { id fullName }
            contact { id fullName }
          }
        }
      }
    }
  }
`);

export const CreateNoteMutation = graphql(`
  mutation CreateNote($input: CreateNoteInput!) {
    createNote(input: $input) { id }
  }
`);

export const UpdateNoteMutation = graphql(`
  mutation UpdateNote($id: ID!, $input: UpdateNoteInput!) {
    updateNote(id: $id, input: $input) { id text }
  }
`);

export const DeleteNoteMutation = graphql(`
  mutation DeleteNote($id: ID!) {
    deleteNote(id: $id)
  }
`);

export const PinNoteMutation = graphql(`
  mutation PinNote($id: ID!, $pinned: Boolean!) {
    pinNote(id: $id, pinned: $pinned) { id isPinned }
  }
`);
