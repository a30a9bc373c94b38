/**
 */
package org.jinzai.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Channel Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * 採用チャネル: 新卒, ICT枠, 経験者, 任期付, 外部専門人材, 人材シェアリング.
 * <!-- end-model-doc -->
 * @see org.jinzai.model.JinzaiPackage#getChannelKind()
 * @model
 * @generated
 */
public enum ChannelKind implements Enumerator {
	/**
	 * The '<em><b>NEW GRADUATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEW_GRADUATE_VALUE
	 * @generated
	 * @ordered
	 */
	NEW_GRADUATE(0, "NEW_GRADUATE", "NEW_GRADUATE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ICT SLOT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ICT_SLOT_VALUE
	 * @generated
	 * @ordered
	 */
	ICT_SLOT(1, "ICT_SLOT", "ICT_SLOT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MID CAREER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MID_CAREER_VALUE
	 * @generated
	 * @ordered
	 */
	MID_CAREER(2, "MID_CAREER", "MID_CAREER"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>FIXED TERM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIXED_TERM_VALUE
	 * @generated
	 * @ordered
	 */
	FIXED_TERM(3, "FIXED_TERM", "FIXED_TERM"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>EXTERNAL EXPERT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXTERNAL_EXPERT_VALUE
	 * @generated
	 * @ordered
	 */
	EXTERNAL_EXPERT(4, "EXTERNAL_EXPERT", "EXTERNAL_EXPERT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SHARED EXPERT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHARED_EXPERT_VALUE
	 * @generated
	 * @ordered
	 */
	SHARED_EXPERT(5, "SHARED_EXPERT", "SHARED_EXPERT"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NEW GRADUATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEW_GRADUATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NEW_GRADUATE_VALUE = 0;

	/**
	 * The '<em><b>ICT SLOT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ICT_SLOT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ICT_SLOT_VALUE = 1;

	/**
	 * The '<em><b>MID CAREER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MID_CAREER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MID_CAREER_VALUE = 2;

	/**
	 * The '<em><b>FIXED TERM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIXED_TERM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FIXED_TERM_VALUE = 3;

	/**
	 * The '<em><b>EXTERNAL EXPERT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXTERNAL_EXPERT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXTERNAL_EXPERT_VALUE = 4;

	/**
	 * The '<em><b>SHARED EXPERT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHARED_EXPERT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SHARED_EXPERT_VALUE = 5;

	/**
	 * An array of all the '<em><b>Channel Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ChannelKind[] VALUES_ARRAY =
		new ChannelKind[] {
			NEW_GRADUATE,
			ICT_SLOT,
			MID_CAREER,
			FIXED_TERM,
			EXTERNAL_EXPERT,
			SHARED_EXPERT,
		};

	/**
	 * A public read-only list of all the '<em><b>Channel Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ChannelKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Channel Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChannelKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ChannelKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Channel Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChannelKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ChannelKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Channel Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChannelKind get(int value) {
		switch (value) {
			case NEW_GRADUATE_VALUE: return NEW_GRADUATE;
			case ICT_SLOT_VALUE: return ICT_SLOT;
			case MID_CAREER_VALUE: return MID_CAREER;
			case FIXED_TERM_VALUE: return FIXED_TERM;
			case EXTERNAL_EXPERT_VALUE: return EXTERNAL_EXPERT;
			case SHARED_EXPERT_VALUE: return SHARED_EXPERT;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ChannelKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ChannelKind
